import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDateOnly } from '../../../common/validation/is-date-only.decorator';
import { PageOf } from '../../../common/http/page.dto';
import { DocumentGapResponse } from './files.dto';
import { Trim } from '../../../common/validation/transforms';
import { LEVELS, type Level } from '../../exam-sessions/domain/session-rules';
import { BATCH_ACTIONS, BATCH_STATUSES, type BatchStatus } from '../domain/batch-status';
import { STATUSES, type Status } from '../domain/registration-status';

export const MAX_BULK = 2000;

export class IdListDto {
  /** 报名记录编号（批量，最多 2000 条） */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  ids: string[];
}

export class ReviewDto extends IdListDto {
  @ApiProperty({ enum: ['approve', 'return'] }) @IsIn(['approve', 'return']) decision:
    'approve' | 'return';
  /** 退回原因（退回时必填） */
  @IsOptional() @Trim() @IsString() @MaxLength(500) reason?: string;
}

export class UnitReviewDto extends ReviewDto {
  /** 单位确认申报人符合二(一)：遵纪守法、职业道德良好、思想政治表现和业绩考核合格（通过时须为 true） */
  @IsOptional() @IsBoolean() conductAttested?: boolean;
}

export class ReasonDto {
  @Trim() @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class StartPublicityDto {
  @IsOptional() @IsInt() @Min(2000) @Max(2100) examYear?: number;
  /** 公示的报名（缺省为本单位全部“单位审核通过”的报名） */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  registrationIds?: string[];
  /** 公示开始日期，缺省为今天；不得早于今天 */
  @IsOptional() @IsDateOnly() startDate?: string;
  /** 受理异议的联系人（印在公示名单上；缺省留空待手写） */
  @IsOptional() @Trim() @IsString() @IsNotEmpty() @MaxLength(30) contactPerson?: string;
  /** 受理异议的联系电话（印在公示名单上；缺省留空待手写） */
  @IsOptional() @Matches(/^[0-9+\- ]{5,20}$/) contactPhone?: string;
}

export class SubmitBatchDto {
  @IsOptional() @IsInt() @Min(2000) @Max(2100) examYear?: number;
}

export class ExtensionDto {
  @IsOptional() @IsInt() @Min(2000) @Max(2100) examYear?: number;
  /** 延长至（含当日，北京时间） */
  @IsDateOnly() untilDate: string;
  @Trim() @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class BulkResultResponse {
  @ApiProperty() action: string;
  @ApiProperty({ description: '处理的报名数' }) count: number;
  @ApiProperty({ type: [String] }) ids: string[];
  @ApiProperty({ description: '处理后的状态' }) status: string;
  @ApiProperty({
    type: [DocumentGapResponse],
    description: '其中规定材料（三(二)2(2)(3)）不全的报名及所缺材料，供审核参考',
  })
  documentGaps: DocumentGapResponse[];
}

export class PublicityResponse {
  @ApiProperty() id: string;
  @ApiProperty() examYear: number;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: '2025-07-07' }) startDate: string;
  @ApiProperty({ example: '2025-07-11', description: '第 5 个工作日' }) endDate: string;
  @ApiProperty({ example: 5 }) workingDays: number;
  @ApiProperty({ description: '公示名单上的人数（开始公示时固定，异议不减少）' }) count: number;
  @ApiProperty({ description: '公示期间登记异议、已退回单位的人数' }) objectionCount: number;
  @ApiPropertyOptional({ nullable: true, type: String }) contactPerson: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty({ description: '公示期是否已结束（结束次日起可报送主管部门）' }) ended: boolean;
}

export class PublicityPageResponse extends PageOf(PublicityResponse) {}

export class BatchResponse {
  @ApiProperty() id: string;
  @ApiProperty() examYear: number;
  @ApiProperty() departmentId: string;
  @ApiProperty() departmentName: string;
  @ApiProperty({ description: '报送时的人数' }) count: number;
  @ApiProperty({ enum: BATCH_STATUSES }) status: BatchStatus;
  @ApiProperty({ example: '已报送待备案' }) statusName: string;
  @ApiProperty() submittedBy: string;
  @ApiProperty() submittedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) acceptedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) returnedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '中心退回的原因' })
  returnReason: string | null;
  @ApiProperty({
    type: [String],
    enum: BATCH_ACTIONS,
    description: '当前账号在此状态下可执行的操作',
  })
  allowedActions: string[];
}

export class BatchMemberResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() gender: string;
  @ApiProperty({ description: '身份证号（部分隐藏）' }) idNumber: string;
  @ApiProperty() targetOccupation: string;
  @ApiProperty({ enum: LEVELS }) targetLevel: Level;
  @ApiProperty({ example: '技师' }) targetLevelName: string;
  @ApiProperty({ enum: ['exam', 'exempt-review'] }) mode: string;
  @ApiProperty({ enum: STATUSES }) status: Status;
  @ApiProperty() statusName: string;
}

export class BatchUnitResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() count: number;
  @ApiProperty({ type: [BatchMemberResponse], description: '按附件2顺序（职种、等级、姓名拼音）' })
  registrations: BatchMemberResponse[];
}

export class BatchLevelCount {
  @ApiProperty({ enum: LEVELS }) level: Level;
  @ApiProperty({ example: '技师' }) levelName: string;
  @ApiProperty() count: number;
}

export class BatchDetailResponse extends BatchResponse {
  @ApiProperty({ description: '目前仍属于本批次的报名数（退回后再次报送的进入新批次）' })
  memberCount: number;
  @ApiProperty({ description: '其中免考复核认定（二(九)）人数' }) exemptReviewCount: number;
  @ApiProperty({ description: '其中已取消报考资格人数' }) cancelledCount: number;
  @ApiProperty({ type: [BatchLevelCount] }) levels: BatchLevelCount[];
  @ApiProperty({ type: [BatchUnitResponse], description: '按单位名称拼音排序' })
  units: BatchUnitResponse[];
}

export class BatchPageResponse extends PageOf(BatchResponse) {}

export class SubmitBatchResponse extends BatchResponse {
  @ApiProperty({
    type: [DocumentGapResponse],
    description: '规定材料不全但仍报送的报名（本年度中心未要求材料齐全时只作提示）',
  })
  documentGaps: DocumentGapResponse[];
}

/** The registration window as it applies to the caller (its department's extension counted). */
export class RegistrationWindowResponse {
  @ApiProperty() examYear: number;
  @ApiProperty({ description: '报名开始日期' }) start: string;
  @ApiProperty({ description: '报名截止日期（计入中心为本部门的延期）' }) end: string;
  @ApiProperty({ description: '截止日期是否因延期晚于本年度报名截止日' }) extended: boolean;
  @ApiProperty({ description: '今天（北京时间）是否在报名期内' }) open: boolean;
  @ApiProperty({ example: '报名时间为 2025-06-27 至 2025-07-25' }) message: string;
}

export class ExtensionResponse {
  @ApiProperty() departmentId: string;
  @ApiProperty() departmentName: string;
  @ApiProperty() examYear: number;
  @ApiProperty() untilDate: string;
  @ApiProperty() reason: string;
}
