import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageOf } from '../../../common/http/page.dto';
import { Trim } from '../../../common/validation/transforms';
import { ExamYearPageQueryDto, ExamYearQueryDto } from '../../exam-sessions/dto/exam-session.dto';
import { LEVELS, type Level } from '../../exam-sessions/domain/session-rules';

export const OUTCOMES = ['passed', 'failed', 'pending'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export class ResultsFilterDto extends ExamYearQueryDto {
  @IsOptional() @IsUUID('4') departmentId?: string;
  @IsOptional() @IsUUID('4') unitId?: string;
  @ApiPropertyOptional({ enum: LEVELS })
  @IsOptional()
  @IsIn(LEVELS)
  level?: Level;
  /** 姓名（包含） */
  @IsOptional() @Trim() @IsString() @MaxLength(30) name?: string;
}

export class ResultsQueryDto extends ExamYearPageQueryDto {
  @IsOptional() @IsUUID('4') departmentId?: string;
  @IsOptional() @IsUUID('4') unitId?: string;
  @ApiPropertyOptional({ enum: LEVELS })
  @IsOptional()
  @IsIn(LEVELS)
  level?: Level;
  /** 姓名（包含） */
  @IsOptional() @Trim() @IsString() @MaxLength(30) name?: string;
  @ApiPropertyOptional({ enum: OUTCOMES, description: '合格 / 不合格 / 待定' })
  @IsOptional()
  @IsIn(OUTCOMES)
  outcome?: Outcome;
}

export class ComponentOutcomeResponse {
  /** 72.5、缺考、违纪、合格、不合格，或 —（尚未确定） */
  text: string;
  @ApiPropertyOptional({ nullable: true, type: Boolean }) passed: boolean | null;
}

export class CandidateResultResponse {
  registrationId: string;
  name: string;
  gender: string;
  unitName: string;
  departmentName: string;
  targetOccupation: string;
  @ApiProperty({ enum: LEVELS }) targetLevel: Level;
  @ApiProperty({ enum: ['exam', 'exempt-review'] }) mode: string;
  /** 理论考试（免考复核认定人员为 null） */
  @ApiPropertyOptional({ type: ComponentOutcomeResponse, nullable: true })
  theory: ComponentOutcomeResponse | null;
  @ApiPropertyOptional({ type: ComponentOutcomeResponse, nullable: true })
  practical: ComponentOutcomeResponse | null;
  /** 综合评审（仅技师） */
  @ApiPropertyOptional({ type: ComponentOutcomeResponse, nullable: true })
  review: ComponentOutcomeResponse | null;
  /** 免考复核认定（仅免考复核认定人员） */
  @ApiPropertyOptional({ type: ComponentOutcomeResponse, nullable: true })
  exempt: ComponentOutcomeResponse | null;
  @ApiProperty({ enum: OUTCOMES }) outcome: Outcome;
  /** 合格判定的每一项理由 */
  reasons: string[];
}

export const CandidateResultPageResponse = PageOf(CandidateResultResponse);

export class ResultsSummaryResponse {
  examYear: number;
  /** 已备案、未取消资格的人数 */
  total: number;
  passed: number;
  failed: number;
  pending: number;
}
