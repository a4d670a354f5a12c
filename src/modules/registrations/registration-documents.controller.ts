import { Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { SpreadsheetUpload, UploadedBuffer } from '../../common/upload/upload.decorators';
import { IdParam } from '../../common/validation/path-params';
import { ImportQueryDto, ImportResultResponse, SummaryExportQueryDto } from './dto/import.dto';
import { RegistrationDocumentsService } from './registration-documents.service';
import { RegistrationImportService } from './registration-import.service';

const ORG_ROLES = ['center-admin', 'center-staff', 'department', 'unit'] as const;

@ApiTags('申报汇总表（附件2）')
@Controller()
export class RegistrationDocumentsController {
  constructor(
    private readonly documents: RegistrationDocumentsService,
    private readonly importer: RegistrationImportService,
  ) {}

  @Get('registrations/summary.xlsx')
  @Roles(...ORG_ROLES)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: '导出附件2申报汇总表（Excel，按申报职种、等级排序；本单位/本部门）' })
  summaryXlsx(@CurrentUser() p: Principal, @Query() q: SummaryExportQueryDto) {
    return this.documents.summary(p, q, 'xlsx');
  }

  @Get('registrations/summary.pdf')
  @Roles(...ORG_ROLES)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: '导出附件2申报汇总表（PDF，横向 A4）' })
  summaryPdf(@CurrentUser() p: Principal, @Query() q: SummaryExportQueryDto) {
    return this.documents.summary(p, q, 'pdf');
  }

  @Get('registrations/template.xlsx')
  @Roles(...ORG_ROLES)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: '下载空白导入模板（附件2 列 + 申报途径等补充列，含下拉选项）' })
  template() {
    return this.documents.template();
  }

  @Post('registrations/import')
  @Roles('unit')
  @SpreadsheetUpload()
  @ApiOperation({
    summary: '导入附件2（或导入模板）为本单位报名',
    description:
      '逐行校验身份证号、日期、职种与申报资格；全部无误才写入（一个事务）；dryRun=true 只校验。',
  })
  @ApiCreatedResponse({ type: ImportResultResponse })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'details 逐行列出 row、column、message；未写入任何数据',
  })
  import(@CurrentUser() p: Principal, @Query() q: ImportQueryDto, @UploadedBuffer() file: Buffer) {
    return this.importer.import(p, file, q.dryRun ?? false, q.examYear);
  }

  @Get('publicities/:id/list.pdf')
  @Roles(...ORG_ROLES)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: '公示名单 PDF（身份证号部分隐藏）' })
  publicityList(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.documents.publicityList(p, id);
  }
}
