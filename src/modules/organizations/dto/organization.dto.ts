import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { DEPARTMENT_KINDS, DepartmentKind } from '../domain/department-kinds';
import { QueryBoolean, Trim } from '../../../common/validation/transforms';
import { PageOf, PageQueryDto } from '../../../common/http/page.dto';

export class CreateDepartmentDto {
  /** 主管部门名称 */
  @Trim() @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  /** 部门类型：city-department 市直部门，district-hrss 区市县/先导区人社局，hitech 高新区党群工作部 */
  @IsIn(DEPARTMENT_KINDS) kind: DepartmentKind;
}

export class UpdateDepartmentDto {
  @IsOptional() @Trim() @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @IsOptional() @IsIn(DEPARTMENT_KINDS) kind?: DepartmentKind;
  /** false 停用 */
  @IsOptional() @IsBoolean() active?: boolean;
}

export class CreateUnitDto {
  @IsUUID() departmentId: string;
  /** 单位名称 */
  @Trim() @IsString() @IsNotEmpty() @MaxLength(150) name: string;
}

export class UpdateUnitDto {
  @IsOptional() @Trim() @IsString() @IsNotEmpty() @MaxLength(150) name?: string;
  @IsOptional() @IsBoolean() active?: boolean;
}

export class DepartmentQueryDto extends PageQueryDto {
  /** 名称包含 */
  @IsOptional() @IsString() @MaxLength(100) q?: string;
  @IsOptional() @QueryBoolean() @IsBoolean() active?: boolean;
}

export class UnitQueryDto extends DepartmentQueryDto {
  @IsOptional() @IsUUID() departmentId?: string;
}

export class ImportQueryDto {
  /** true 只校验不写入（预览） */
  @IsOptional() @QueryBoolean() @IsBoolean() dryRun?: boolean;
}

export class DepartmentResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: '大连市教育局' }) name: string;
  @ApiProperty({ enum: DEPARTMENT_KINDS }) kind: DepartmentKind;
  @ApiProperty({ example: '市直部门' }) kindName: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: '下属单位数' }) unitCount: number;
}

export class UnitResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: '大连市第一中学' }) name: string;
  @ApiProperty() departmentId: string;
  @ApiProperty() departmentName: string;
  @ApiProperty() active: boolean;
}

export class DepartmentPageResponse extends PageOf(DepartmentResponse) {}

export class UnitPageResponse extends PageOf(UnitResponse) {}

export class ImportErrorResponse {
  @ApiProperty() row: number;
  @ApiProperty() column: string;
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export class OrganizationImportResponse {
  @ApiProperty({ description: '是否为预览（未写入）' }) dryRun: boolean;
  @ApiProperty({ description: '读取的数据行数' }) rows: number;
  @ApiProperty({ description: '新建的主管部门数' }) departmentsCreated: number;
  @ApiProperty({ description: '新建的单位数' }) unitsCreated: number;
  @ApiProperty({ description: '已存在而跳过的单位数' }) unitsExisting: number;
  @ApiPropertyOptional({ type: [ImportErrorResponse] }) errors?: ImportErrorResponse[];
}
