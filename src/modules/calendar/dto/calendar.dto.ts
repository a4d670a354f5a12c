import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/http/page.dto';
import { IsDateOnly } from '../../../common/validation/is-date-only.decorator';

export class WorkingDaysEndQueryDto {
  /** 起始日期 YYYY-MM-DD；非工作日时从下一个工作日起算 */
  @IsDateOnly() start: string;
  /** 工作日数（公示为 5） */
  @Type(() => Number) @IsInt() @Min(1) @Max(366) days: number;
}

export class WorkingDaysEndResponse {
  @ApiProperty({ example: '2025-07-07' }) start: string;
  @ApiProperty({ example: '2025-07-11', description: '第 N 个工作日' }) end: string;
}

export class DayResponse {
  @ApiProperty({ example: '2025-10-11' }) date: string;
  @ApiProperty({ description: '是否工作日（含调休上班）' }) working: boolean;
  @ApiProperty({ enum: ['override', 'package'], description: '依据：中心设定或法定节假日数据' })
  source: string;
}

export class OverrideDto {
  /** true 工作日（调休上班），false 休息日 */
  @IsBoolean() working: boolean;
  @IsOptional() @IsString() @MaxLength(100) note?: string;
}

export class DeclareYearDto {
  /** 该年全部法定节假日放假日期 */
  @IsArray() @ArrayMaxSize(100) @IsDateOnly({ each: true }) holidays: string[];
  /** 该年全部调休上班日期（周末上班） */
  @IsArray() @ArrayMaxSize(50) @IsDateOnly({ each: true }) workdays: string[];
}

export class OverrideResponse {
  @ApiProperty() date: string;
  @ApiProperty() working: boolean;
  @ApiProperty() note: string;
}

export class OverrideQueryDto extends PageQueryDto {
  /** 只看某年的设定 */
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
}

export class OverridePageResponse extends PageOf(OverrideResponse) {}

export class CalendarYearsResponse {
  @ApiProperty({ type: [Number], description: '中心已申报全年安排的年度' }) declaredYears: number[];
  @ApiProperty({ type: [Number], description: '法定节假日数据包已覆盖的年度（示例范围）' })
  packageYears: number[];
}
