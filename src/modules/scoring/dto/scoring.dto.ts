import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryOf } from '../../../common/http/page.dto';
import { QueryBoolean, Trim } from '../../../common/validation/transforms';
import { IsPlainText } from '../../../common/validation/is-plain-text.decorator';
import { MARK_KINDS, VIOLATION_TYPES, VIOLATION_VOIDS } from '../domain/marks';

/** A mark as sent: a score in points, 缺考, or 违纪 with its type and decision. */
export class MarkDto {
  @ApiProperty({ enum: MARK_KINDS, description: 'score 分数 | absent 缺考 | violation 违纪' })
  @IsIn(MARK_KINDS)
  kind: (typeof MARK_KINDS)[number];

  /** 分数 0–100，最多一位小数（kind=score） */
  @ApiPropertyOptional({ type: Number, nullable: true, example: 72.5 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score?: number | null;

  /** 违纪类型（kind=violation） */
  @ApiPropertyOptional({ enum: VIOLATION_TYPES, nullable: true })
  @IsOptional()
  @IsIn(VIOLATION_TYPES)
  violationType?: (typeof VIOLATION_TYPES)[number] | null;

  /** 违纪处理：component 本科目成绩无效，exam 全部科目成绩无效（kind=violation） */
  @ApiPropertyOptional({ enum: VIOLATION_VOIDS, nullable: true })
  @IsOptional()
  @IsIn(VIOLATION_VOIDS)
  violationVoid?: (typeof VIOLATION_VOIDS)[number] | null;
}

export class EntryRowDto {
  @IsUUID() registrationId: string;

  /** null clears the row */
  @ApiProperty({ type: MarkDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MarkDto)
  mark: MarkDto | null;
}

export class SaveMarksDto {
  /** 读取录入时的版本号（条件更新） */
  @IsInt() @Min(0) version: number;

  @ApiProperty({ type: [EntryRowDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => EntryRowDto)
  rows: EntryRowDto[];
}

export class VersionDto {
  @IsInt() @Min(0) version: number;
}

export class ClaimEntryDto {
  /** 1 第一录入 | 2 第二录入；省略时领取空闲的一次 */
  @ApiPropertyOptional({ enum: [1, 2] })
  @IsOptional()
  @IsIn([1, 2])
  slot?: 1 | 2;
}

export class ResolveDto extends MarkDto {
  @IsInt() @Min(0) version: number;
  /** 核对纸质评分表的说明 */
  @Trim() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(500) note: string;
}

export class CorrectDto extends MarkDto {
  @IsInt() @Min(0) version: number;
  /** 更正原因 */
  @Trim() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class ReasonDto {
  @Trim() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class AssignGraderDto {
  @IsUUID() graderId: string;
  @IsUUID() sittingId: string;
  /** 考场号；省略则分配该场次的全部考场 */
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 999 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999)
  examRoom?: number;
}

export class SheetQueryDto extends PageQueryOf(50, 200) {
  @ApiPropertyOptional({ type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  examYear?: number;
  @ApiPropertyOptional() @IsOptional() @IsUUID() sittingId?: string;
}

export class DiscrepancyQueryDto extends SheetQueryDto {
  /** pending 待处理 | resolved 已处理；省略为全部 */
  @ApiPropertyOptional({ enum: ['pending', 'resolved'] })
  @IsOptional()
  @IsIn(['pending', 'resolved'])
  status?: 'pending' | 'resolved';
}

export class DryRunQueryDto {
  /** true：只校验，不写入（预览） */
  @IsOptional() @QueryBoolean() @IsBoolean() dryRun?: boolean;
}
