import {
  applyDecorators,
  Body,
  Controller,
  Get,
  Patch,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
  ApiExtraModels,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { PageQueryDto } from '../../common/http/page.dto';
import { UploadedNamedFile, type NamedUpload } from '../../common/upload/upload.decorators';
import { IdParam } from '../../common/validation/path-params';
import { AuditPageResponse } from '../audit/dto/audit.dto';
import {
  CorrectEntryDto,
  CreatePaperEntryDto,
  LedgerEntryPageResponse,
  LedgerEntryResponse,
  LedgerQueryDto,
  PaperEntryResponse,
} from './dto/ledger.dto';
import { LedgerService } from './ledger.service';

const CENTER = ['center-admin', 'center-staff'] as const;
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** The entry's fields and its evidence PDF in one multipart request: no entry without evidence. */
const PaperEntryUpload = () =>
  applyDecorators(
    UseInterceptors(
      FileInterceptor('file', {
        limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10, parts: 12 },
      }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiExtraModels(CreatePaperEntryDto),
    ApiBody({
      schema: {
        allOf: [
          { $ref: getSchemaPath(CreatePaperEntryDto) },
          {
            type: 'object',
            required: ['file'],
            properties: {
              file: {
                type: 'string',
                format: 'binary',
                description: '证书扫描件，PDF，不超过 10 MB',
              },
            },
          },
        ],
      },
    }),
  );

@ApiTags('证书台账')
@Controller('ledger')
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  @Get()
  @Roles(...CENTER)
  @ApiOperation({ summary: '证书台账（按身份证号精确、姓名包含查询；按姓名拼音排序）' })
  @ApiOkResponse({ type: LedgerEntryPageResponse })
  list(@Query() q: LedgerQueryDto) {
    return this.ledger.list(q);
  }

  @Post()
  @Roles(...CENTER)
  @PaperEntryUpload()
  @ApiOperation({
    summary: '录入系统上线前的纸质合格证明（须附证书扫描件 PDF）',
    description:
      '同一人同一职业（工种）同一等级已有有效记录时 409 LEDGER_DUPLICATE；职业不在本年度目录中时照录并在 warnings 中提示。',
  })
  @ApiCreatedResponse({ type: PaperEntryResponse })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: '字段不合格（details 逐项说明）或未附 PDF',
  })
  @ApiConflictResponse({ type: ErrorBody, description: 'LEDGER_DUPLICATE' })
  create(
    @CurrentUser() p: Principal,
    @Body() dto: CreatePaperEntryDto,
    @UploadedNamedFile() file: NamedUpload,
  ) {
    return this.ledger.createPaper(p, dto, file);
  }

  @Patch(':id')
  @Roles(...CENTER)
  @ApiOperation({
    summary: '更正台账记录（须填原因并回传 version；更正前后记入审计）',
    description:
      '系统签发证书的记录可更正姓名、职业、等级、获证时间和说明，不能改为其他证书（LEDGER_CERTIFICATE_FIXED）。',
  })
  @ApiOkResponse({ type: LedgerEntryResponse })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'VERSION_CONFLICT；LEDGER_DUPLICATE；LEDGER_CERTIFICATE_FIXED',
  })
  correct(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: CorrectEntryDto) {
    return this.ledger.correct(p, id, dto);
  }

  @Get(':id/history')
  @Roles(...CENTER)
  @ApiOperation({ summary: '台账记录的办理记录（录入、更正，取自审计日志）' })
  @ApiOkResponse({ type: AuditPageResponse })
  history(@IdParam() id: string, @Query() q: PageQueryDto) {
    return this.ledger.history(id, q);
  }

  @Get(':id/evidence')
  @Roles(...CENTER)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: '纸质证书的佐证材料（PDF）' })
  evidence(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.ledger.evidence(p, id);
  }
}
