import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { IdParam, IntParam } from '../../common/validation/path-params';
import { ClaimEntryDto, SaveMarksDto, SheetQueryDto, VersionDto } from './dto/scoring.dto';
import {
  ScoreEntryResponse,
  ScoreSheetDetailResponse,
  ScoreSheetPageResponse,
} from './dto/scoring-responses.dto';
import { ScoreEntriesService } from './score-entries.service';
import { ScoreSheetsService } from './score-sheets.service';

const CENTER = ['center-admin', 'center-staff'] as const;
const Sitting = () => IdParam('sittingId');
const ExamRoom = () => IntParam('examRoom', 1, 999);
const Slot = () => IntParam('slot', 1, 2);
const SHEET = 'score-sheets/:sittingId/:examRoom';

@ApiTags('成绩录入')
@ApiNotFoundResponse({ type: ErrorBody, description: '评分表或录入不存在，或未分配给您' })
@Controller()
export class ScoreSheetsController {
  constructor(
    private readonly sheets: ScoreSheetsService,
    private readonly entries: ScoreEntriesService,
  ) {}

  @Get('score-sheets')
  @Roles(...CENTER, 'grader')
  @ApiOperation({ summary: '评分表（一个场次的一个考场）：中心看全部，评分员只看分配给自己的' })
  @ApiOkResponse({ type: ScoreSheetPageResponse })
  list(@CurrentUser() p: Principal, @Query() q: SheetQueryDto) {
    return this.sheets.list(p, q);
  }

  @Get(SHEET)
  @Roles(...CENTER, 'grader')
  @ApiOperation({ summary: '评分表：按座位号排列的考生（中心另见定稿成绩）' })
  @ApiOkResponse({ type: ScoreSheetDetailResponse })
  detail(@CurrentUser() p: Principal, @Sitting() s: string, @ExamRoom() r: number) {
    return this.sheets.detail(p, { sittingId: s, examRoom: r });
  }

  @Post(`${SHEET}/entries`)
  @Roles('grader')
  @HttpCode(200)
  @ApiOperation({
    summary: '领取本表的一次录入（双录入：第一或第二录入，同一评分员只能领取一次）',
    description:
      '已领取的再次调用返回本人录入；409 SAME_GRADER_TWICE、ENTRY_SLOT_TAKEN、ENTRIES_TAKEN、SCORES_LOCKED',
  })
  @ApiConflictResponse({ type: ErrorBody })
  @ApiOkResponse({ type: ScoreEntryResponse })
  claim(
    @CurrentUser() p: Principal,
    @Sitting() s: string,
    @ExamRoom() r: number,
    @Body() dto: ClaimEntryDto,
  ) {
    return this.entries.claim(p, { sittingId: s, examRoom: r }, dto);
  }

  @Get(`${SHEET}/entries/:slot`)
  @Roles(...CENTER, 'grader')
  @ApiOperation({ summary: '一次录入及其各行（评分员只能看本人的录入）' })
  @ApiOkResponse({ type: ScoreEntryResponse })
  entry(
    @CurrentUser() p: Principal,
    @Sitting() s: string,
    @ExamRoom() r: number,
    @Slot() n: number,
  ) {
    return this.entries.get(p, { sittingId: s, examRoom: r }, n);
  }

  @Put(`${SHEET}/entries/:slot/marks`)
  @Roles('grader')
  @ApiOperation({
    summary: '保存草稿：一行或多行（条件更新，须带读取时的 version）',
    description:
      'mark 为 null 清空该行；版本过期 409 VERSION_CONFLICT，不覆盖；锁定后 409 SCORES_LOCKED',
  })
  @ApiConflictResponse({ type: ErrorBody })
  @ApiOkResponse({ type: ScoreEntryResponse })
  save(
    @CurrentUser() p: Principal,
    @Sitting() s: string,
    @ExamRoom() r: number,
    @Slot() n: number,
    @Body() dto: SaveMarksDto,
  ) {
    return this.entries.save(p, { sittingId: s, examRoom: r }, n, dto);
  }

  @Post(`${SHEET}/entries/:slot/submit`)
  @Roles('grader')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '提交录入（须每个座位均已录入）；两次录入均提交后逐行比对，一致的定稿，不一致的进入差异清单',
  })
  @ApiOkResponse({ type: ScoreEntryResponse })
  submit(
    @CurrentUser() p: Principal,
    @Sitting() s: string,
    @ExamRoom() r: number,
    @Slot() n: number,
    @Body() dto: VersionDto,
  ) {
    return this.entries.submit(p, { sittingId: s, examRoom: r }, n, dto.version);
  }
}
