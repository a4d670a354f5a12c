import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/http/page.dto';
import { BulkItems, ItemId } from '../../../common/validation/bulk-items';
import { Trim } from '../../../common/validation/transforms';
import { IsPlainText } from '../../../common/validation/is-plain-text.decorator';
import { LEVELS } from '../../exam-sessions/domain/session-rules';
import { EXEMPT_STATES, type ExemptState } from '../domain/exempt-decision';
import { EXEMPT_DECISIONS, type ExemptDecision } from '../domain/pass-rule.types';

export class ExemptQueryDto extends PageQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) examYear?: number;
  /** pending 待认定，approved 认定通过，rejected 不予认定 */
  @ApiPropertyOptional({ enum: EXEMPT_STATES })
  @IsOptional()
  @IsIn(EXEMPT_STATES)
  state?: ExemptState;
  @IsOptional() @Matches(/^[0-9a-f-]{36}$/) departmentId?: string;
  @IsOptional() @Matches(/^[0-9a-f-]{36}$/) unitId?: string;
  /** 姓名（包含） */
  @IsOptional() @IsString() @MaxLength(30) name?: string;
}

export class DecideExemptDto {
  /** approved 认定通过；rejected 不予认定（须填原因） */
  @ApiProperty({ enum: EXEMPT_DECISIONS }) @IsIn(EXEMPT_DECISIONS) decision: ExemptDecision;
  /** 原因：不予认定、更改已作出的认定时必填 */
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 500 })
  @Trim()
  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(500)
  reason?: string | null;
  /** 所看到的认定的版本（首次认定不填）：他人已改动时答 409 */
  @IsOptional() @IsInt() @Min(1) version?: number;
}

export class ExemptItemDto extends DecideExemptDto {
  /** 报名编号 */
  @ItemId() id: string;
}

/** 中心批量作出免考复核认定 */
export class DecideExemptsDto {
  /** 各人的认定（1 至 500 项，同一人不重复），每项同单人认定 */
  @BulkItems(() => ExemptItemDto) items: ExemptItemDto[];
}

export class ExemptBulkItemResponse {
  @ApiProperty({ description: '报名编号' }) id: string;
  @ApiProperty({ enum: EXEMPT_DECISIONS }) state: string;
  @ApiProperty({ description: '认定的新版本号' }) version: number;
}

export class ExemptBulkResponse {
  @ApiProperty({ description: '作出的认定数' }) count: number;
  @ApiProperty({ type: [ExemptBulkItemResponse] }) items: ExemptBulkItemResponse[];
}

export class OrgNameResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class ExemptCertificateResponse {
  @ApiProperty({ nullable: true, type: String, description: '证书编号' }) number: string | null;
  @ApiProperty({ nullable: true, type: String, description: '证书上的职业（工种）' })
  occupation: string | null;
  @ApiProperty({ nullable: true, enum: LEVELS, type: String }) level: string | null;
  @ApiProperty({ nullable: true, type: String, example: '高级工' }) levelName: string | null;
  @ApiProperty({ nullable: true, type: Boolean, description: '经全国联网查询系统核查确认有效' })
  verified: boolean | null;
  @ApiProperty({ nullable: true, type: Boolean, description: '退役士兵对部队证书的真实性承诺' })
  militaryCommitment: boolean | null;
}

export class EvidenceDocumentResponse {
  @ApiProperty({ description: '文件编号：GET /registrations/{id}/files/{fileId} 下载' }) id: string;
  @ApiProperty({ example: 'national-certificate' }) docType: string;
  @ApiProperty({ example: '国家职业资格证书或职业技能等级证书' }) docTypeName: string;
  @ApiProperty() originalName: string;
  @ApiProperty() size: number;
  @ApiProperty() uploadedAt: string;
}

export class EvidenceCheckResponse {
  @ApiProperty() ok: boolean;
  @ApiProperty({ example: '经全国联网查询系统核查确认有效' }) text: string;
}

export class ExemptDecisionResponse {
  @ApiProperty({ enum: EXEMPT_DECISIONS }) decision: string;
  @ApiProperty({ example: '认定通过' }) decisionName: string;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ description: '作出（最近一次更改）认定的账号' }) decidedBy: string;
  @ApiProperty() decidedAt: string;
  @ApiProperty({ description: '更改认定时回传' }) version: number;
}

export class ExemptCandidateResponse {
  @ApiProperty({ description: '报名编号' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '身份证号（部分隐藏）' }) idNumber: string;
  @ApiProperty({ type: OrgNameResponse }) department: OrgNameResponse;
  @ApiProperty({ type: OrgNameResponse }) unit: OrgNameResponse;
  @ApiProperty({ example: '维修电工' }) targetOccupation: string;
  @ApiProperty({ enum: LEVELS }) targetLevel: string;
  @ApiProperty({ example: '高级工' }) targetLevelName: string;
  @ApiProperty({ example: '二(九)' }) clause: string;
  @ApiProperty({ type: ExemptCertificateResponse }) certificate: ExemptCertificateResponse;
  @ApiProperty({ type: [EvidenceDocumentResponse], description: '证书、核查结果、承诺书（PDF）' })
  documents: EvidenceDocumentResponse[];
  @ApiProperty({ type: [EvidenceCheckResponse], description: '逐项核对' })
  checks: EvidenceCheckResponse[];
  @ApiProperty({ enum: EXEMPT_STATES }) state: string;
  @ApiProperty({ nullable: true, type: ExemptDecisionResponse })
  decision: ExemptDecisionResponse | null;
}

export class ExemptCandidatePageResponse extends PageOf(ExemptCandidateResponse) {}
