import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageOf } from '../../../common/http/page.dto';
import type { ErrorDetail } from '../../../common/errors/domain-error';
import { BulkItems, ItemId } from '../../../common/validation/bulk-items';
import { Trim } from '../../../common/validation/transforms';
import { IsPlainText } from '../../../common/validation/is-plain-text.decorator';
import { ExamYearPageQueryDto } from '../../exam-sessions/dto/exam-session.dto';
import {
  ACHIEVEMENT_ROLES,
  REVIEW_LIMITS,
  UNIT_RESULTS,
  type AchievementRole,
  type UnitResult,
} from '../domain/review-form';
import { REVIEW_ACTIONS, REVIEW_STATUSES, type ReviewStatus } from '../domain/review-status';

/** The list's states: a stored review's status, or `pending` for one nobody has started. */
export const REVIEW_LIST_STATES = ['pending', ...REVIEW_STATUSES] as const;
export type ReviewListState = (typeof REVIEW_LIST_STATES)[number];

export class AchievementDto {
  /** 起止时间 */
  @Trim() @IsString() @IsPlainText() @MaxLength(REVIEW_LIMITS.period) period: string;
  /** 项目名称与主要内容 */
  @Trim() @IsString() @IsPlainText() @MaxLength(REVIEW_LIMITS.project) project: string;
  /** 效果、效益 */
  @Trim() @IsString() @IsPlainText() @MaxLength(REVIEW_LIMITS.effect) effect: string;
  /** 本人起何作用 */
  @ApiProperty({ enum: ACHIEVEMENT_ROLES })
  @IsIn(ACHIEVEMENT_ROLES)
  role: AchievementRole;
}

/** 附件4 as the unit or the department saves it (a unit's 主管部门意见 is ignored). */
export class SaveReviewDto {
  /** 主要学历和工作简历 */
  @Trim() @IsString() @IsPlainText() @MaxLength(REVIEW_LIMITS.resume) resume: string;
  /** 何时获何种奖励 */
  @Trim() @IsString() @IsPlainText() @MaxLength(REVIEW_LIMITS.awards) awards: string;
  /** 主要专业技术业绩与成果 */
  @IsArray()
  @ArrayMaxSize(REVIEW_LIMITS.achievements)
  @ValidateNested({ each: true })
  @Type(() => AchievementDto)
  achievements: AchievementDto[];
  /** 传授技艺情况 */
  @Trim() @IsString() @IsPlainText() @MaxLength(REVIEW_LIMITS.teaching) teaching: string;
  /** 技术工作总结 */
  @Trim() @IsString() @IsPlainText() @MaxLength(REVIEW_LIMITS.workSummary) workSummary: string;
  /** 单位考核结果；未定时为 null */
  @ApiProperty({ enum: UNIT_RESULTS, nullable: true })
  @IsOptional()
  @IsIn(UNIT_RESULTS)
  unitResult: UnitResult | null;
  /** 主管部门意见（仅主管部门可填写） */
  @Trim()
  @IsString()
  @IsPlainText()
  @MaxLength(REVIEW_LIMITS.departmentOpinion)
  departmentOpinion: string;
  /** 读取时的版本号（尚未填写过为 0），防止覆盖他人的修改 */
  @IsInt() @Min(0) version: number;
}

export class VersionDto {
  /** 读取时的版本号 */
  @IsInt() @Min(1) version: number;
}

export class ReturnReviewDto extends VersionDto {
  /** 退回原因 */
  @Trim() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class DecideReviewDto extends VersionDto {
  /** 综合评审结果 */
  @ApiProperty({ enum: ['pass', 'fail'] })
  @IsIn(['pass', 'fail'])
  result: 'pass' | 'fail';
  /** 说明；更改已记录的结果时必填 */
  @IsOptional() @Trim() @IsString() @IsPlainText() @MaxLength(500) reason?: string;
}

/** One form of a bulk report: the registration and the version read. */
export class ReviewItemDto extends VersionDto {
  /** 报名编号 */
  @ItemId() id: string;
}

/** 主管部门批量报送考核表 */
export class SubmitReviewsDto {
  /** 报送的考核表（1 至 500 份，同一人不重复） */
  @BulkItems(() => ReviewItemDto) items: ReviewItemDto[];
}

export class DecideItemDto extends ReviewItemDto {
  /** 综合评审结果 */
  @ApiProperty({ enum: ['pass', 'fail'] })
  @IsIn(['pass', 'fail'])
  result: 'pass' | 'fail';
}

/** 中心批量记录综合评审结果 */
export class DecideReviewsDto {
  /** 评审的考核表（1 至 500 份，同一人不重复） */
  @BulkItems(() => DecideItemDto) items: DecideItemDto[];
  /** 说明；其中有更改已记录的结果时必填 */
  @IsOptional() @Trim() @IsString() @IsPlainText() @MaxLength(500) reason?: string;
}

export class ReviewBulkItemResponse {
  registrationId: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) state: ReviewStatus;
  stateName: string;
  /** 新的版本号 */
  version: number;
}

export class ReviewBulkResponse {
  /** 处理的考核表份数 */
  count: number;
  @ApiProperty({ type: [ReviewBulkItemResponse] }) items: ReviewBulkItemResponse[];
}

export class ReviewQueryDto extends ExamYearPageQueryDto {
  @ApiPropertyOptional({ enum: REVIEW_LIST_STATES, description: '评审状态' })
  @IsOptional()
  @IsIn(REVIEW_LIST_STATES)
  state?: ReviewListState;
  /** 单位 */
  @IsOptional() @IsUUID('4') unitId?: string;
  /** 姓名（包含） */
  @IsOptional() @Trim() @IsString() @MaxLength(30) name?: string;
}

export class ReviewListItem {
  registrationId: string;
  name: string;
  gender: string;
  unitName: string;
  departmentName: string;
  targetOccupation: string;
  @ApiProperty({ enum: REVIEW_LIST_STATES }) state: ReviewListState;
  /** 状态说明 */
  stateName: string;
  /** 综合评审是否已开放（理论和实操均合格） */
  open: boolean;
  /** 未开放时的原因 */
  @ApiPropertyOptional({ nullable: true }) closedReason: string | null;
  /** 中心退回原因或评审说明 */
  @ApiPropertyOptional({ nullable: true }) centerNote: string | null;
  /** 版本号（尚未填写为 0），批量报送、评审时回传 */
  version: number;
}

export const ReviewPageResponse = PageOf(ReviewListItem);

export class AchievementResponse {
  period: string;
  project: string;
  effect: string;
  @ApiProperty({ enum: ACHIEVEMENT_ROLES }) role: AchievementRole;
}

export class MissingFieldResponse implements ErrorDetail {
  @ApiPropertyOptional() field?: string;
  code: string;
  message: string;
}

/** The candidate's facts printed on 附件4, from the registration. */
export class ReviewFactsResponse {
  name: string;
  gender: string;
  /** 出生年月，如 1975年3月 */
  birthMonth: string;
  education: string;
  /** 参加工作时间 */
  workStart: string;
  /** 现岗职业 */
  currentOccupation: string;
  /** 从事本职业年限 */
  yearsInOccupation: string;
  /** 取得高级工资格时间 */
  seniorCertDate: string;
  /** 申报工种 */
  targetOccupation: string;
  unitName: string;
  departmentName: string;
  hasPhoto: boolean;
}

export class ReviewResponse {
  registrationId: string;
  @ApiProperty({ enum: REVIEW_LIST_STATES }) state: ReviewListState;
  stateName: string;
  open: boolean;
  @ApiPropertyOptional({ nullable: true }) closedReason: string | null;
  facts: ReviewFactsResponse;
  resume: string;
  awards: string;
  @ApiProperty({ type: [AchievementResponse] }) achievements: AchievementResponse[];
  teaching: string;
  workSummary: string;
  @ApiProperty({ enum: UNIT_RESULTS, nullable: true }) unitResult: UnitResult | null;
  departmentOpinion: string;
  /** 中心退回原因或评审说明 */
  @ApiPropertyOptional({ nullable: true }) centerNote: string | null;
  /** 版本号（尚未填写为 0） */
  version: number;
  /** 报送前尚缺的内容 */
  @ApiProperty({ type: [MissingFieldResponse] }) missing: MissingFieldResponse[];
  /** 当前账号可执行的操作 */
  @ApiProperty({ enum: REVIEW_ACTIONS, isArray: true }) allowedActions: string[];
}

export type { ReviewStatus };

export class ReviewPdfQueryDto {
  @ApiPropertyOptional({
    type: Number,
    minimum: 1,
    maximum: 3,
    default: 1,
    description: '份数（通知要求一式三份）',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3)
  copies: number = 1;
}
