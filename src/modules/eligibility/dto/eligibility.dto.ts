import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../../common/validation/is-date-only.decorator';
import { OmittableButNotNull } from '../../../common/validation/presence';
import { Trim } from '../../../common/validation/transforms';
import { COMPONENTS, LEVELS, type Level } from '../../exam-sessions/domain/session-rules';
import { MODES, ROUTES, type Route } from '../domain/eligibility.types';

export class NationalCertificateDto {
  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS) level: Level;
  /** 证书上的职业（工种） */
  @Trim() @IsString() @IsNotEmpty() @MaxLength(100) occupation: string;
  /** 已经技能人才评价证书全国联网查询系统核查确认有效 */
  @IsBoolean() verified: boolean;
  /** 退役士兵对部队所取得、无法查询的证书作出的真实性承诺 */
  @OmittableButNotNull() @IsBoolean() militaryCommitment?: boolean;
}

/** A person's facts, without the level and route applied for. */
export class EligibilityProfileDto {
  /** 考核年度，缺省为当前年度（2025） */
  @IsOptional() @IsInt() @Min(2000) @Max(2100) examYear?: number;
  /** 申报职业（工种） */
  @ApiProperty({ example: '汽车驾驶员' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  targetOccupation: string;
  /** 参加工作时间 */
  @ApiProperty({ example: '1998-09-01' }) @IsDateOnly() workStartDate: string;
  /** 已转正（二(二)4 初级工须已转正） */
  @OmittableButNotNull() @IsBoolean() confirmed?: boolean;
  /** 现职种；未取得等级者为 null */
  @ApiPropertyOptional({ nullable: true, type: String })
  @Trim()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  currentOccupation?: string | null;
  /** 现等级；未取得等级者为 null */
  @ApiPropertyOptional({ nullable: true, enum: LEVELS })
  @IsOptional()
  @IsIn(LEVELS)
  currentLevel?: Level | null;
  /** 现等级获证时间 */
  @ApiPropertyOptional({ nullable: true, type: String, example: '2016-05-20' })
  @IsOptional()
  @IsDateOnly()
  currentCertDate?: string | null;
  /** 专业技术职务（二(六)）：技术员、助理工程师及相应职务，见考核年度的职务对应表 */
  @ApiPropertyOptional({ nullable: true, type: String, example: '技术员' })
  @Trim()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  professionalTitle?: string | null;
  /** 从事本工种工作整年数（二(七)） */
  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  yearsInOccupation?: number | null;
  /** 免考复核认定（二(九)）所凭的国家证书 */
  @ApiPropertyOptional({ nullable: true, type: NationalCertificateDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => NationalCertificateDto)
  nationalCertificate?: NationalCertificateDto | null;
}

export class EvaluateEligibilityDto extends EligibilityProfileDto {
  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS) targetLevel: Level;
  /** 申报途径 */
  @ApiProperty({ enum: ROUTES }) @IsIn(ROUTES) route: Route;
}

export class EligibilityResponse {
  @ApiProperty() eligible: boolean;
  @ApiProperty({ enum: MODES }) mode: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '二(二)1',
    description: '准予申报所依据的条款；不符合时为 null',
  })
  clause: string | null;
  @ApiProperty({ example: '汽车驾驶员' }) paperCategory: string;
  @ApiProperty({ enum: COMPONENTS, isArray: true }) components: string[];
  @ApiProperty({ type: [String], description: '逐项说明（中文）；不符合时列出每一项不符合的条件' })
  reasons: string[];
}

export class EligibilityOptionResponse {
  @ApiProperty({ enum: ROUTES }) route: string;
  @ApiProperty({ enum: LEVELS }) level: string;
  @ApiProperty({ enum: MODES }) mode: string;
  @ApiProperty() clause: string;
  @ApiProperty({ type: [String] }) reasons: string[];
}

export class EligibilityOptionsResponse {
  @ApiProperty() paperCategory: string;
  @ApiProperty({ type: [EligibilityOptionResponse], description: '可申报的途径与等级' })
  options: EligibilityOptionResponse[];
}
