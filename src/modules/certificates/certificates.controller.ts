import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { IdParam } from '../../common/validation/path-params';
import { CertificatesService } from './certificates.service';
import { CertificateDownloadsService } from './certificate-downloads.service';
import {
  CertificateDownloadQueryDto,
  CertificatePageResponse,
  CertificateQueryDto,
  CertificateResponse,
  ReissueCertificateDto,
  RevokeCertificateDto,
} from './dto/certificates.dto';

const CENTER = ['center-admin', 'center-staff'] as const;

@ApiTags('合格证明')
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly downloads: CertificateDownloadsService,
  ) {}

  @Get()
  @Roles(...CENTER, 'department', 'unit')
  @ApiOperation({
    summary: '本年度已核发的合格证明',
    description:
      '中心看全部，主管部门看本部门，单位看本单位；按姓名拼音排序；可按姓名或证书编号查找。',
  })
  @ApiOkResponse({ type: CertificatePageResponse })
  list(@CurrentUser() p: Principal, @Query() q: CertificateQueryDto) {
    return this.certificates.list(p, q);
  }

  @Get('batch.pdf')
  @Roles(...CENTER, 'department', 'unit')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: '下载本部门（本单位）的有效合格证明：一个带数字签名的 PDF，每人一页',
    description: `中心可按主管部门或单位下载；超过 200 份请按单位下载或下载压缩包。记入审计。`,
  })
  batchPdf(@CurrentUser() p: Principal, @Query() q: CertificateDownloadQueryDto) {
    return this.downloads.batch(p, q, 'pdf');
  }

  @Get('batch.zip')
  @Roles(...CENTER, 'department', 'unit')
  @ApiProduces('application/zip')
  @ApiOperation({
    summary: '下载合格证明压缩包：每人一个带数字签名的 PDF，按单位分文件夹',
    description: '边生成边传送。记入审计。',
  })
  batchZip(@CurrentUser() p: Principal, @Query() q: CertificateDownloadQueryDto) {
    return this.downloads.batch(p, q, 'zip');
  }

  @Get(':id/pdf')
  @Roles(...CENTER, 'department', 'unit')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: '下载一份合格证明（带数字签名的 PDF，二维码以 SM2 签名）',
    description: '只能下载有效的证书；已吊销或已被替代的证书回答 409。记入审计。',
  })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody })
  pdf(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.downloads.one(p, id);
  }

  @Get(':id')
  @Roles(...CENTER, 'department', 'unit')
  @ApiOperation({ summary: '一张合格证明' })
  @ApiOkResponse({ type: CertificateResponse })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.certificates.get(p, id);
  }

  @Post(':id/revoke')
  @Roles(...CENTER)
  @HttpCode(200)
  @ApiOperation({
    summary: '吊销合格证明（如事后发现舞弊，四(三)）',
    description:
      '须填写原因并回传 version。吊销后公开查询显示“已吊销”及日期，证书台账记录失效，从公开名单中去除。',
  })
  @ApiOkResponse({ type: CertificateResponse })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'CERTIFICATE_NOT_VALID 已吊销或已被替代；VERSION_CONFLICT 他人已更改',
  })
  revoke(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: RevokeCertificateDto) {
    return this.certificates.revoke(p, id, dto);
  }

  @Post(':id/reissue')
  @Roles(...CENTER)
  @HttpCode(200)
  @ApiOperation({
    summary: '补发合格证明（遗失、姓名更正）',
    description:
      '以同一等级的下一个编号核发新证书，原证书显示“已补发替代”并指向新证书；可更正姓名（只改在新证书上）。须填写原因并回传 version。',
  })
  @ApiOkResponse({ type: CertificateResponse, description: '新证书' })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody })
  reissue(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: ReissueCertificateDto) {
    return this.certificates.reissue(p, id, dto);
  }
}
