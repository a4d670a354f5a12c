import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  registerDecorator,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LEVELS, type Level } from '../../exam-sessions/domain/session-rules';
import { MODES, type Mode } from '../../eligibility/domain/eligibility.types';
import { isScore } from '../domain/pass-rule';
import {
  EXEMPT_DECISIONS,
  MARKS,
  REVIEW_RESULTS,
  type ExemptDecision,
  type Mark,
  type ReviewResult,
} from '../domain/pass-rule.types';

/** The contract's fixed scale: 0–100 with at most one decimal place (a JSON number, never a string). */
function IsScore(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isScore',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { context: { message: '须为 0 至 100 的数字，至多一位小数' } },
      validator: { validate: (value: unknown) => isScore(value, 100) },
    });
}

/** Refuses the property when `other` is also given: a component has a score or a mark, not both. */
function NotWith(other: string): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'notWith',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { context: { message: `不能与 ${other} 同时给出` } },
      validator: {
        validate: (_: unknown, args) =>
          (args?.object as Record<string, unknown>)[other] === undefined,
      },
    });
}

/** `{"score": N}`, `{"mark": "absent"}` (缺考) or `{"mark": "violation"}` (违纪). */
export class ComponentResultDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    example: 72.5,
    description: '0–100，至多一位小数',
  })
  @ValidateIf((o: ComponentResultDto) => o.mark === undefined || o.score !== undefined)
  @IsScore()
  score?: number;

  @ApiPropertyOptional({ enum: MARKS, description: 'absent 缺考，violation 违纪（均不是 0 分）' })
  @ValidateIf((o: ComponentResultDto) => o.mark !== undefined)
  @IsIn(MARKS)
  @NotWith('score')
  mark?: Mark;
}

export class EvaluatePassDto {
  /** 考核年度，缺省为当前年度 */
  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  examYear?: number;

  @ApiProperty({ enum: LEVELS, example: 'technician' }) @IsIn(LEVELS) level: Level;

  /** exam 参加考试；exempt-review 免考复核认定（二(九)） */
  @ApiProperty({ enum: MODES, example: 'exam' }) @IsIn(MODES) mode: Mode;

  /** 理论考试；null 为尚未录入 */
  @ApiPropertyOptional({ nullable: true, type: ComponentResultDto, example: { score: 72.5 } })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ComponentResultDto)
  theory?: ComponentResultDto | null;

  /** 实际操作考核；null 为尚未录入 */
  @ApiPropertyOptional({ nullable: true, type: ComponentResultDto, example: { mark: 'absent' } })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ComponentResultDto)
  practical?: ComponentResultDto | null;

  /** 技师综合评审结果；其他等级须为 null */
  @ApiPropertyOptional({ nullable: true, enum: REVIEW_RESULTS, example: null })
  @IsOptional()
  @IsIn(REVIEW_RESULTS)
  review?: ReviewResult | null;

  /** 免考复核认定决定（mode 为 exempt-review）；参加考试者须为 null */
  @ApiPropertyOptional({ nullable: true, enum: EXEMPT_DECISIONS, example: null })
  @IsOptional()
  @IsIn(EXEMPT_DECISIONS)
  exemptDecision?: ExemptDecision | null;
}

export class PassDecisionResponse {
  @ApiProperty({
    nullable: true,
    type: Boolean,
    example: false,
    description: 'true 合格，false 不合格，null 尚缺可能影响结论的成绩',
  })
  passed: boolean | null;

  @ApiProperty({
    type: [String],
    example: ['理论考试 72.5 分，达到合格线 60 分', '实际操作考核缺考，不合格'],
    description: '逐项说明（中文）',
  })
  reasons: string[];
}
