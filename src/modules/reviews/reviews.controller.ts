import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { IdParam } from '../../common/validation/path-params';
import {
  DecideReviewDto,
  DecideReviewsDto,
  ReturnReviewDto,
  ReviewBulkResponse,
  ReviewPageResponse,
  ReviewPdfQueryDto,
  ReviewQueryDto,
  ReviewResponse,
  SaveReviewDto,
  SubmitReviewsDto,
  VersionDto,
} from './dto/review.dto';
import { ReviewsService } from './reviews.service';

const CENTER = ['center-admin', 'center-staff'] as const;

@ApiTags('技师综合评审')
@ApiConflictResponse({ type: ErrorBody, description: '尚未开放、状态不允许或已被他人修改' })
@Controller('technician-reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @Roles(...CENTER, 'department', 'unit')
  @ApiOperation({ summary: '技师综合评审人员列表（已备案、参加考试的技师申报人员）' })
  @ApiOkResponse({ type: ReviewPageResponse })
  list(@CurrentUser() p: Principal, @Query() q: ReviewQueryDto) {
    return this.reviews.list(p, q);
  }

  @Post('submit')
  @Roles('department')
  @HttpCode(200)
  @ApiOperation({
    summary: '主管部门批量报送考核表（全部报送或全部不报送）',
    description:
      '每份按单份报送的规则检查；任何一份不能报送时不做任何更改，按第一份被拒的原因答复，details 逐份列出（field 为报名编号）。',
  })
  @ApiOkResponse({ type: ReviewBulkResponse })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '有考核表尚未填写完整' })
  submitMany(@CurrentUser() p: Principal, @Body() dto: SubmitReviewsDto) {
    return this.reviews.submitMany(p, dto);
  }

  @Post('decisions')
  @Roles(...CENTER)
  @HttpCode(200)
  @ApiOperation({
    summary: '中心批量记录综合评审结果（全部记录或全部不记录）',
    description:
      '每份按单份记录的规则检查（更改已记录的结果须填写原因）；任何一份不能记录时不做任何更改，details 逐份列出。',
  })
  @ApiOkResponse({ type: ReviewBulkResponse })
  decideMany(@CurrentUser() p: Principal, @Body() dto: DecideReviewsDto) {
    return this.reviews.decideMany(p, dto);
  }

  @Get(':id')
  @Roles(...CENTER, 'department', 'unit')
  @ApiOperation({ summary: '一名人员的技师级别考核表（附件4）及评审状态' })
  @ApiOkResponse({ type: ReviewResponse })
  get(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.reviews.get(p, id);
  }

  @Put(':id')
  @Roles('department', 'unit')
  @ApiOperation({ summary: '填写保存考核表（单位或主管部门；主管部门意见仅主管部门可填）' })
  @ApiOkResponse({ type: ReviewResponse })
  save(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: SaveReviewDto) {
    return this.reviews.save(p, id, dto);
  }

  @Post(':id/submit')
  @Roles('department')
  @HttpCode(200)
  @ApiOperation({ summary: '主管部门将考核表报送市就业和人才服务中心' })
  @ApiOkResponse({ type: ReviewResponse })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '考核表尚未填写完整' })
  submit(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: VersionDto) {
    return this.reviews.submit(p, id, dto);
  }

  @Post(':id/return')
  @Roles(...CENTER)
  @HttpCode(200)
  @ApiOperation({ summary: '中心退回考核表（须填写原因）' })
  @ApiOkResponse({ type: ReviewResponse })
  returnToDepartment(
    @CurrentUser() p: Principal,
    @IdParam() id: string,
    @Body() dto: ReturnReviewDto,
  ) {
    return this.reviews.returnToDepartment(p, id, dto);
  }

  @Post(':id/decide')
  @Roles(...CENTER)
  @HttpCode(200)
  @ApiOperation({ summary: '中心记录综合评审结果（更改已记录的结果须填写原因）' })
  @ApiOkResponse({ type: ReviewResponse })
  decide(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: DecideReviewDto) {
    return this.reviews.decide(p, id, dto);
  }

  @Get(':id/form.pdf')
  @Roles(...CENTER, 'department', 'unit')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: '打印技师级别考核表（附件4，PDF，可一式三份）' })
  pdf(@CurrentUser() p: Principal, @IdParam() id: string, @Query() q: ReviewPdfQueryDto) {
    return this.reviews.pdf(p, id, q.copies);
  }
}
