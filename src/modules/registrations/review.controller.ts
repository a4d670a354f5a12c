import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { IdParam } from '../../common/validation/path-params';
import { ExamYearPageQueryDto, ExamYearQueryDto } from '../exam-sessions/dto/exam-session.dto';
import { BatchesService } from './batches.service';
import {
  BatchDetailResponse,
  BatchResponse,
  BatchPageResponse,
  BulkResultResponse,
  ExtensionDto,
  ExtensionResponse,
  IdListDto,
  PublicityPageResponse,
  PublicityResponse,
  ReasonDto,
  RegistrationWindowResponse,
  ReviewDto,
  StartPublicityDto,
  SubmitBatchDto,
  SubmitBatchResponse,
  UnitReviewDto,
} from './dto/review.dto';
import { PublicitiesService } from './publicities.service';
import { RegistrationWindowService } from './registration-window.service';
import { ReviewService } from './review.service';

@ApiTags('资格审查流程')
@ApiConflictResponse({
  type: ErrorBody,
  description: '当前状态不允许此操作（说明当前状态与可执行的操作）',
})
@Controller()
export class ReviewController {
  constructor(
    private readonly review: ReviewService,
    private readonly publicities: PublicitiesService,
    private readonly batches: BatchesService,
    private readonly window: RegistrationWindowService,
  ) {}

  @Post('registrations/unit-review')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({ summary: '单位资格审核（批量通过或退回）；通过须确认二(一)' })
  @ApiOkResponse({ type: BulkResultResponse })
  unitReview(@CurrentUser() p: Principal, @Body() dto: UnitReviewDto) {
    return this.review.unitReview(p, dto);
  }

  @Post('publicities')
  @Roles('unit')
  @ApiOperation({ summary: '开始公示（5 个工作日，按法定节假日计算结束日）' })
  @ApiOkResponse({ type: PublicityResponse })
  startPublicity(@CurrentUser() p: Principal, @Body() dto: StartPublicityDto) {
    return this.publicities.start(p, dto);
  }

  @Get('publicities')
  @Roles('center-admin', 'center-staff', 'department', 'unit')
  @ApiOperation({ summary: '公示列表' })
  @ApiOkResponse({ type: PublicityPageResponse })
  listPublicities(@CurrentUser() p: Principal, @Query() q: ExamYearPageQueryDto) {
    return this.publicities.list(p, q);
  }

  @Get('publicities/:id')
  @Roles('center-admin', 'center-staff', 'department', 'unit')
  @ApiOperation({ summary: '公示详情' })
  @ApiOkResponse({ type: PublicityResponse })
  getPublicity(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.publicities.get(p, id);
  }

  @Post('registrations/:id/objections')
  @Roles('unit', 'department', 'center-admin', 'center-staff')
  @HttpCode(200)
  @ApiOperation({ summary: '登记公示期内的异议：报名退回单位' })
  @ApiOkResponse({ type: BulkResultResponse })
  object(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: ReasonDto) {
    return this.review.object(p, id, dto.reason);
  }

  @Post('registrations/submit-to-department')
  @Roles('unit')
  @HttpCode(200)
  @ApiOperation({ summary: '公示期满、无异议后报送主管部门（批量）' })
  @ApiOkResponse({ type: BulkResultResponse })
  submitToDepartment(@CurrentUser() p: Principal, @Body() dto: IdListDto) {
    return this.review.submitToDepartment(p, dto.ids);
  }

  @Post('registrations/department-review')
  @Roles('department')
  @HttpCode(200)
  @ApiOperation({ summary: '主管部门复审（批量通过或退回单位）' })
  @ApiOkResponse({ type: BulkResultResponse })
  departmentReview(@CurrentUser() p: Principal, @Body() dto: ReviewDto) {
    return this.review.departmentReview(p, dto);
  }

  @Post('department-batches')
  @Roles('department')
  @ApiOperation({ summary: '将复审通过的全部报名报送市就业和人才服务中心' })
  @ApiOkResponse({ type: SubmitBatchResponse })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '本年度中心要求材料齐全时，规定材料不全（details 逐条列出所缺材料）',
  })
  submitBatch(@CurrentUser() p: Principal, @Body() dto: SubmitBatchDto) {
    return this.batches.submit(p, dto.examYear);
  }

  @Get('department-batches')
  @Roles('center-admin', 'center-staff', 'department')
  @ApiOperation({ summary: '报送批次列表' })
  @ApiOkResponse({ type: BatchPageResponse })
  listBatches(@CurrentUser() p: Principal, @Query() q: ExamYearPageQueryDto) {
    return this.batches.list(p, q);
  }

  @Get('department-batches/:id')
  @Roles('center-admin', 'center-staff', 'department')
  @ApiOperation({ summary: '报送批次详情：按单位列出批次中的人员与人数' })
  @ApiOkResponse({ type: BatchDetailResponse })
  getBatch(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.batches.detail(p, id);
  }

  @Post('department-batches/:id/accept')
  @Roles('center-admin', 'center-staff')
  @HttpCode(200)
  @ApiOperation({ summary: '中心接收备案' })
  @ApiOkResponse({ type: BulkResultResponse })
  acceptBatch(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.batches.accept(p, id);
  }

  @Post('department-batches/:id/return')
  @Roles('center-admin', 'center-staff')
  @HttpCode(200)
  @ApiOperation({
    summary: '中心将报送批次退回主管部门（须填原因）',
    description: '批次中的报名回到“已报主管部门”，由主管部门重新复审、修改后再次报送。',
  })
  @ApiOkResponse({ type: BatchResponse })
  returnBatch(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: ReasonDto) {
    return this.batches.returnToDepartment(p, id, dto.reason);
  }

  @Post('registrations/:id/cancel')
  @Roles('center-admin', 'center-staff')
  @HttpCode(200)
  @ApiOperation({ summary: '取消报考资格（弄虚作假等，任何阶段）' })
  @ApiOkResponse({ type: BulkResultResponse })
  cancel(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: ReasonDto) {
    return this.review.cancel(p, id, dto.reason);
  }

  @Get('registration-window')
  @SignedIn()
  @ApiOperation({
    summary: '本部门（单位）的报名期',
    description: '计入中心为本部门的延期（补报）；中心账号为本年度报名期',
  })
  @ApiOkResponse({ type: RegistrationWindowResponse })
  registrationWindow(@CurrentUser() p: Principal, @Query() q: ExamYearQueryDto) {
    return this.window.forCaller(p, q.examYear);
  }

  @Put('registration-extensions/:id')
  @Roles('center-admin', 'center-staff')
  @ApiOperation({ summary: '为某主管部门延长报名期（:id 为主管部门编号）' })
  @ApiOkResponse({ type: ExtensionResponse })
  extend(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: ExtensionDto) {
    return this.window.extend(p, id, dto);
  }
}
