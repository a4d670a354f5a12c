import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth/auth.decorators';
import { DomainError } from '../../common/errors/domain-error';
import { CertificateVerificationService } from './certificate-verification.service';
import { PAGE_CSP, verificationPage } from './domain/verification-page';
import { VerifyPageQueryDto, VerifyQueryDto, VerifyResponse } from './dto/certificates.dto';

@ApiTags('证书查询（公开）')
@Controller('public/certificates')
export class PublicCertificatesController {
  constructor(private readonly verification: CertificateVerificationService) {}

  @Get('verify')
  @Public()
  @ApiOperation({
    summary: '按证书编号和姓名查询合格证明（无需登录）',
    description:
      '回答 valid（有效）、revoked（已吊销，附吊销日期）、replaced（已补发替代，附新证书编号）或 not-found；' +
      '编号与姓名不符时与编号不存在的回答相同。只显示隐去部分的姓名和身份证号。' +
      '每个地址每分钟、每天的查询次数有限（429 TOO_MANY_VERIFICATIONS）。',
  })
  @ApiOkResponse({ type: VerifyResponse })
  verify(@Query() q: VerifyQueryDto) {
    return this.verification.verify(q.number, q.name);
  }

  @Get('page')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @ApiProduces('text/html')
  @ApiOperation({
    summary: '合格证明查询页面（证书上的二维码指向此页）',
    description: '输入证书编号和姓名查询；扫描证书二维码时还核对二维码的 SM2 签名。',
  })
  async page(@Query() q: VerifyPageQueryDto, @Res({ passthrough: true }) res: Response) {
    try {
      if (q.c || q.s) return await this.verification.scanned(q.c, q.s);
      const number = q.number ?? '';
      const name = q.name ?? '';
      if (!number && !name) return verificationPage({ number, name, result: null });
      return verificationPage({
        number,
        name,
        result: await this.verification.verify(number, name),
      });
    } catch (e) {
      if (!(e instanceof DomainError) || e.kind !== 'rate-limited') throw e;
      res.status(429);
      return verificationPage({
        number: q.number ?? '',
        name: q.name ?? '',
        result: null,
        error: e.message,
      });
    }
  }
}
