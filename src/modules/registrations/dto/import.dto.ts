import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { QueryBoolean } from '../../../common/validation/transforms';

export class ImportQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) examYear?: number;
  /** true：只校验，不写入（预览） */
  @IsOptional() @QueryBoolean() @IsBoolean() dryRun?: boolean;
}

export class SummaryExportQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) examYear?: number;
  /** 只导出某单位（主管部门和中心可用） */
  @IsOptional() @Matches(/^[0-9a-f-]{36}$/) unitId?: string;
  /** 只导出某主管部门（中心可用） */
  @IsOptional() @Matches(/^[0-9a-f-]{36}$/) departmentId?: string;
  /** 只导出某报送批次（中心、主管部门可用） */
  @IsOptional() @Matches(/^[0-9a-f-]{36}$/) batchId?: string;
  /** 填报人 */
  @IsOptional() @IsString() @MaxLength(30) filler?: string;
  /** 联系电话 */
  @IsOptional() @Matches(/^[0-9+\- ]{5,20}$/) phone?: string;
}

export class ImportRowError {
  @ApiProperty({ description: '工作表行号' }) row: number;
  @ApiProperty({ example: '身份证号' }) column: string;
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export class ImportResultResponse {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ description: '读取的数据行数' }) rows: number;
  @ApiProperty({ description: '校验通过的行数' }) valid: number;
  @ApiProperty({ description: '新建的报名数' }) created: number;
  @ApiProperty({ type: [ImportRowError] }) errors: ImportRowError[];
}
