import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDateOnly } from '../../../common/validation/is-date-only.decorator';
import type { LevelDefinition, SessionRules } from '../domain/session-rules';
import { Trim } from '../../../common/validation/transforms';
import { PageOf, PageQueryDto } from '../../../common/http/page.dto';

export class UpdateExamSessionDto {
  @IsOptional() @Trim() @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @IsOptional() @Trim() @IsString() @MaxLength(100) noticeNo?: string;
  /** 组织实施单位，准考证上的签发单位（如 大连市就业和人才服务中心） */
  @IsOptional() @Trim() @IsString() @IsNotEmpty() @MaxLength(100) organizer?: string;
  /** 报名开始日期（北京时间） */
  @IsOptional() @IsDateOnly() registrationStart?: string;
  /** 报名结束日期（当日 23:59:59 北京时间截止） */
  @IsOptional() @IsDateOnly() registrationEnd?: string;
  /** 取证时间计算截止日（如 2025-07-31） */
  @IsOptional() @IsDateOnly() certCutoffDate?: string;
  @IsOptional() @IsDateOnly() ticketPrintStart?: string;
  @IsOptional() @IsDateOnly() ticketPrintEnd?: string;
  /** 公示工作日数 */
  @IsOptional() @IsInt() @Min(1) @Max(30) publicityWorkingDays?: number;
  @IsOptional() @IsInt() @Min(1) @Max(1000) fullMark?: number;
  @IsOptional() @IsInt() @Min(1) @Max(1000) passMark?: number;
  /** 申报条件（结构同 GET 返回的 rules），整体替换 */
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  rules?: SessionRules;
  /** 缺少规定材料（三(二)2(2)(3)）的报名是否不得报送市中心：false 只提示（缺省），true 拒绝报送 */
  @IsOptional() @IsBoolean() blockIncompleteDocuments?: boolean;
}

export class CreateExamSessionDto extends UpdateExamSessionDto {
  /** 新年度 */
  @IsInt() @Min(2000) @Max(2100) year: number;
  /** 复制其参考数据（职业范围、试卷分类、等级、申报条件）的年度 */
  @IsInt() @Min(2000) @Max(2100) copyFromYear: number;
}

/** The optional `examYear` query parameter (the current session when absent). */
export const ExamYearQuery = () =>
  applyDecorators(
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value))),
    IsInt(),
    Min(2000),
    Max(2100),
  );

export class ExamYearQueryDto {
  /** 考核年度；缺省为当前年度 */
  @ExamYearQuery() examYear?: number;
}

export class ExamYearPageQueryDto extends PageQueryDto {
  /** 考核年度；缺省为当前年度 */
  @ExamYearQuery() examYear?: number;
}

export class DateWindowResponse {
  @ApiProperty({ example: '2025-06-27' }) start: string;
  @ApiProperty({ example: '2025-07-25' }) end: string;
}

export class LevelResponse {
  @ApiProperty({ enum: ['junior', 'intermediate', 'senior', 'technician'] }) code: string;
  @ApiProperty({ example: '技师' }) name: string;
  @ApiProperty() rank: number;
  @ApiProperty({ type: [String], example: ['theory', 'practical', 'review'] }) components: string[];
}

export class ExamSessionResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) noticeNo: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: '组织实施单位，准考证上的签发单位',
    example: '大连市就业和人才服务中心',
  })
  organizer: string | null;
  @ApiProperty({ description: '是否为缺省使用的当前年度' }) isCurrent: boolean;
  @ApiProperty({ description: '演示数据' }) isDemo: boolean;
  @ApiProperty({ type: DateWindowResponse }) registration: DateWindowResponse;
  @ApiProperty({ example: '2025-07-31' }) certCutoffDate: string;
  @ApiProperty({ type: DateWindowResponse }) ticketPrinting: DateWindowResponse;
  @ApiProperty({ example: 5 }) publicityWorkingDays: number;
  @ApiProperty({ example: 100 }) fullMark: number;
  @ApiProperty({ example: 60 }) passMark: number;
  @ApiProperty({ type: [LevelResponse] }) levels: LevelDefinition[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: '申报条件（二(二)至二(九)）',
  })
  rules: SessionRules;
  @ApiProperty({
    description:
      '缺少规定材料的报名是否不得报送市中心（false：只提示；true：拒绝报送并列出所缺材料）',
  })
  blockIncompleteDocuments: boolean;
}

export class ExamSessionPageResponse extends PageOf(ExamSessionResponse) {}
