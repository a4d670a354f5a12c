import { Controller, Get, HttpCode, Post, Query, UploadedFile } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { RequiredFilePipe, SpreadsheetUpload } from '../../common/upload/upload.decorators';
import { IdParam, IntParam } from '../../common/validation/path-params';
import { DiscrepancyQueryDto, DryRunQueryDto } from './dto/scoring.dto';
import { ScoreImportResponse } from './dto/scoring-responses.dto';
import { ScoreSheetDocumentsService } from './score-sheet-documents.service';

const CENTER = ['center-admin', 'center-staff'] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Sitting = () => IdParam('sittingId');
const ExamRoom = () => IntParam('examRoom', 1, 999);
const SHEET = 'score-sheets/:sittingId/:examRoom';

@ApiTags('成绩录入')
@Controller()
export class ScoreDocumentsController {
  constructor(private readonly docs: ScoreSheetDocumentsService) {}

  @Get(`${SHEET}/sheet.xlsx`)
  @Roles(...CENTER, 'grader')
  @ApiOperation({
    summary: '导出本考场评分表（xlsx）：准考证号、姓名、座位号已填并锁定，只可填写成绩列',
  })
  @ApiProduces(XLSX)
  sheetXlsx(@CurrentUser() p: Principal, @Sitting() s: string, @ExamRoom() r: number) {
    return this.docs.exportXlsx(p, { sittingId: s, examRoom: r });
  }

  @Get(`${SHEET}/sheet.pdf`)
  @Roles(...CENTER, 'grader')
  @ApiOperation({ summary: '本考场评分表（PDF）；中心下载时含定稿成绩' })
  @ApiProduces('application/pdf')
  sheetPdf(@CurrentUser() p: Principal, @Sitting() s: string, @ExamRoom() r: number) {
    return this.docs.pdf(p, { sittingId: s, examRoom: r });
  }

  @Post(`${SHEET}/entries/:slot/import`)
  @Roles('grader')
  @HttpCode(200)
  @SpreadsheetUpload()
  @ApiOperation({
    summary: '导入评分表作为本人的录入（全部无误才写入；dryRun=true 只校验）',
    description:
      '只接受本表导出的文件：另一考场或场次的文件、调换过行序的文件、导出后名单已变化的文件均拒绝（422 SCORE_IMPORT_INVALID，details 逐行列出 row、column、message）',
  })
  @ApiOkResponse({ type: ScoreImportResponse })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  importSheet(
    @CurrentUser() p: Principal,
    @Sitting() s: string,
    @ExamRoom() r: number,
    @IntParam('slot', 1, 2) n: number,
    @UploadedFile(RequiredFilePipe) file: Buffer,
    @Query() q: DryRunQueryDto,
  ) {
    return this.docs.importXlsx(p, { sittingId: s, examRoom: r }, n, file, q.dryRun === true);
  }

  @Get('score-discrepancies.xlsx')
  @Roles(...CENTER)
  @ApiOperation({ summary: '双录入差异清单（xlsx）' })
  @ApiProduces(XLSX)
  discrepanciesXlsx(@CurrentUser() p: Principal, @Query() q: DiscrepancyQueryDto) {
    return this.docs.discrepancyList(p, q, 'xlsx');
  }

  @Get('score-discrepancies.pdf')
  @Roles(...CENTER)
  @ApiOperation({ summary: '双录入差异清单（PDF）' })
  @ApiProduces('application/pdf')
  discrepanciesPdf(@CurrentUser() p: Principal, @Query() q: DiscrepancyQueryDto) {
    return this.docs.discrepancyList(p, q, 'pdf');
  }
}
