import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { PageQueryDto } from '../../common/http/page.dto';
import { IdParam } from '../../common/validation/path-params';
import { DiscrepanciesService } from './discrepancies.service';
import {
  AssignGraderDto,
  CorrectDto,
  DiscrepancyQueryDto,
  ReasonDto,
  ResolveDto,
  SheetQueryDto,
} from './dto/scoring.dto';
import {
  DiscrepancyPageResponse,
  GraderAssignmentPageResponse,
  GraderAssignmentResponse,
  GraderPageResponse,
  ScoreLockResponse,
  ScoreResultResponse,
} from './dto/scoring-responses.dto';
import { GraderAssignmentsService } from './grader-assignments.service';
import { ScoreLocksService } from './score-locks.service';

const CENTER = ['center-admin', 'center-staff'] as const;

@ApiTags('成绩核对与锁定')
@ApiConflictResponse({ type: ErrorBody })
@Controller()
export class ScoringCenterController {
  constructor(
    private readonly assignments: GraderAssignmentsService,
    private readonly discrepancies: DiscrepanciesService,
    private readonly locks: ScoreLocksService,
  ) {}

  @Get('graders')
  @Roles(...CENTER)
  @ApiOperation({ summary: '可分配的评分员账号' })
  @ApiOkResponse({ type: GraderPageResponse })
  graders(@Query() q: PageQueryDto) {
    return this.assignments.graders(q);
  }

  @Get('grader-assignments')
  @Roles(...CENTER)
  @ApiOperation({ summary: '评分员分配（按场次或考场）' })
  @ApiOkResponse({ type: GraderAssignmentPageResponse })
  listAssignments(@Query() q: SheetQueryDto) {
    return this.assignments.list(q);
  }

  @Post('grader-assignments')
  @Roles(...CENTER)
  @ApiOperation({ summary: '分配评分员到场次（省略 examRoom）或某一考场' })
  @ApiOkResponse({ type: GraderAssignmentResponse })
  assign(@CurrentUser() p: Principal, @Body() dto: AssignGraderDto) {
    return this.assignments.assign(p, dto);
  }

  @Delete('grader-assignments/:id')
  @Roles(...CENTER)
  @HttpCode(204)
  @ApiOperation({ summary: '取消分配（已领取的录入仍归其本人）' })
  unassign(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.assignments.unassign(p, id);
  }

  @Get('score-discrepancies')
  @Roles(...CENTER)
  @ApiOperation({ summary: '双录入差异清单：两次录入不一致的行及两次的成绩' })
  @ApiOkResponse({ type: DiscrepancyPageResponse })
  listDiscrepancies(@Query() q: DiscrepancyQueryDto) {
    return this.discrepancies.list(q);
  }

  @Post('score-results/:id/resolve')
  @Roles(...CENTER)
  @HttpCode(200)
  @ApiOperation({ summary: '核对纸质评分表后确定差异行的成绩并说明' })
  @ApiOkResponse({ type: ScoreResultResponse })
  resolve(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: ResolveDto) {
    return this.discrepancies.resolve(p, id, dto);
  }

  @Post('score-results/:id/correct')
  @Roles(...CENTER)
  @HttpCode(200)
  @ApiOperation({
    summary: '更正已定稿的成绩（须说明原因；审计保留更正前后，考生历史可见）',
  })
  @ApiOkResponse({ type: ScoreResultResponse })
  correct(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: CorrectDto) {
    return this.locks.correct(p, id, dto);
  }

  @Get('sittings/:id/score-lock')
  @Roles(...CENTER, 'grader')
  @ApiOperation({ summary: '场次成绩是否已锁定' })
  @ApiOkResponse({ type: ScoreLockResponse })
  lockStatus(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.locks.status(p, id);
  }

  @Post('sittings/:id/score-lock')
  @Roles(...CENTER)
  @HttpCode(200)
  @ApiOperation({ summary: '锁定场次成绩（全部评分表定稿后）；锁定后评分员不能再录入' })
  @ApiOkResponse({ type: ScoreLockResponse })
  lock(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.locks.lock(p, id);
  }

  @Post('sittings/:id/score-unlock')
  @Roles('center-admin')
  @HttpCode(200)
  @ApiOperation({ summary: '解除锁定（仅中心管理员，须说明原因）' })
  @ApiOkResponse({ type: ScoreLockResponse })
  unlock(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: ReasonDto) {
    return this.locks.unlock(p, id, dto.reason);
  }
}
