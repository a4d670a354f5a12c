import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/http/page.dto';
import { IsDateOnly } from '../../../common/validation/is-date-only.decorator';
import { IsOneLineText, IsPlainText } from '../../../common/validation/is-plain-text.decorator';
import { Trim } from '../../../common/validation/transforms';
import { LEVELS, type Level } from '../../exam-sessions/domain/session-rules';
import { ExamYearQuery } from '../../exam-sessions/dto/exam-session.dto';
import { LEDGER_SOURCES, type LedgerSourceName } from '../domain/holding';

export class LedgerQueryDto extends PageQueryDto {
  /** 身份证号（完整 18 位，精确匹配） */
  @IsOptional() @Trim() @IsString() @MaxLength(18) idNumber?: string;
  /** 姓名（包含） */
  @IsOptional() @Trim() @IsString() @MaxLength(30) name?: string;
}

/** 纸质合格证明（系统上线前取得）：multipart 表单字段，随附佐证 PDF（字段 file）。 */
export class CreatePaperEntryDto {
  @ApiProperty({ example: '11010519491231002X' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(18)
  idNumber: string;

  @ApiProperty({ example: '张三' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  @IsOneLineText()
  name: string;

  /** 证书上的职业（工种）；可为已不在本年度目录中的旧名称 */
  @ApiProperty({ example: '汽车驾驶员' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @IsOneLineText()
  occupation: string;

  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS) level: Level;

  /** 获证时间 */
  @ApiProperty({ example: '2012-06-01' }) @IsDateOnly() certDate: string;

  @ApiProperty({ description: '证书编号' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  @IsOneLineText()
  certificateNumber: string;

  @ApiProperty({ description: '发证机构', example: '大连市人力资源和社会保障局' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @IsOneLineText()
  issuer: string;

  @ApiPropertyOptional({ description: '核验说明（如：原件已核验，存档于…）' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  @IsPlainText()
  note?: string;
}

export class CorrectEntryDto {
  @IsOptional() @Trim() @IsString() @IsNotEmpty() @MaxLength(30) @IsOneLineText() name?: string;
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @IsOneLineText()
  occupation?: string;
  @ApiPropertyOptional({ enum: LEVELS }) @IsOptional() @IsIn(LEVELS) level?: Level;
  @IsOptional() @IsDateOnly() certDate?: string;
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  @IsOneLineText()
  certificateNumber?: string;
  @IsOptional() @Trim() @IsString() @IsNotEmpty() @MaxLength(100) @IsOneLineText() issuer?: string;
  @IsOptional() @Trim() @IsString() @MaxLength(500) @IsPlainText() note?: string;
  /** 纸质证书记录停用（如发现证书不实）；系统签发证书的有效状态随证书 */
  @IsOptional() @IsBoolean() active?: boolean;
  /** 更正原因（必填，记入审计） */
  @Trim() @IsString() @IsNotEmpty() @MaxLength(500) @IsPlainText() reason: string;
  @IsInt() @Min(1) version: number;
}

export class LedgerEntryResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: '身份证号（部分隐藏）', example: '2102**********123X' })
  idNumber: string;
  @ApiProperty() name: string;
  @ApiProperty() occupation: string;
  @ApiProperty({ enum: LEVELS }) level: Level;
  @ApiProperty() levelName: string;
  @ApiProperty({ description: '获证时间' }) certDate: string;
  @ApiProperty({ enum: LEDGER_SOURCES }) source: LedgerSourceName;
  @ApiPropertyOptional({ nullable: true, type: String }) certificateId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) certificateNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) issuer: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ description: '有佐证材料（GET /ledger/{id}/evidence）' }) hasEvidence: boolean;
  @ApiProperty() active: boolean;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() version: number;
}

export class LedgerEntryPageResponse extends PageOf(LedgerEntryResponse) {}

export class PaperEntryResponse extends LedgerEntryResponse {
  @ApiProperty({ type: [String], description: '提示（如职业不在本年度目录中）' })
  warnings: string[];
}

export class HoldingsQueryDto {
  @ApiProperty({ description: '18 位身份证号' })
  @Trim()
  @IsString()
  @MaxLength(18)
  idNumber: string;

  /** 报考年度（缺省为当前年度）：只计该年度取证截止日（7 月 31 日）前取得的等级 */
  @ExamYearQuery() examYear?: number;
}

/** What a registration form takes from the ledger: no name, nothing else about the person. */
export class HoldingResponse {
  @ApiProperty() occupation: string;
  @ApiProperty({ enum: LEVELS }) level: Level;
  @ApiProperty() levelName: string;
  @ApiProperty({ description: '获证时间' }) certDate: string;
  @ApiProperty({ enum: LEDGER_SOURCES }) source: LedgerSourceName;
  @ApiPropertyOptional({ nullable: true, type: String }) certificateNumber: string | null;
}

export class HoldingsResponse {
  @ApiPropertyOptional({
    type: HoldingResponse,
    nullable: true,
    description: '现职业等级：最高等级，同等级取获证时间最晚者',
  })
  current: HoldingResponse | null;
  @ApiProperty({ type: [HoldingResponse], description: '全部有效记录' })
  holdings: HoldingResponse[];
}
