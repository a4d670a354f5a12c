import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { USERNAME_PATTERN } from '../domain/account-import';
import { PASSWORD_MAX } from '../domain/password-policy';
import { Role, ROLES } from '../domain/roles';
import { QueryBoolean, Trim } from '../../../common/validation/transforms';
import { IsOneLineText } from '../../../common/validation/is-plain-text.decorator';
import { PageOf, PageQueryDto } from '../../../common/http/page.dto';

export class CreateAccountDto {
  /** 登录名：3–64 位字母、数字、点、下划线、短横线 */
  @Matches(USERNAME_PATTERN) username: string;
  /** 姓名或称呼 */
  @Trim() @IsString() @IsNotEmpty() @MaxLength(100) @IsOneLineText() displayName: string;
  @IsIn(ROLES) role: Role;
  /** 主管部门用户必填 */
  @IsOptional() @IsUUID() departmentId?: string;
  /** 单位用户必填 */
  @IsOptional() @IsUUID() unitId?: string;
  /** 初始密码（首次登录须修改） */
  @IsString() @MaxLength(PASSWORD_MAX) password: string;
}

export class UpdateAccountDto {
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @IsOneLineText()
  displayName?: string;
  /** false 停用账号（立即失效） */
  @IsOptional() @IsBoolean() active?: boolean;
}

export class ResetPasswordDto {
  /** 新的临时密码（首次登录须修改） */
  @IsString() @MaxLength(PASSWORD_MAX) password: string;
}

export class AccountQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(ROLES) role?: Role;
  @IsOptional() @IsUUID() departmentId?: string;
  @IsOptional() @IsUUID() unitId?: string;
  /** 用户名或姓名包含 */
  @IsOptional() @IsString() @MaxLength(64) q?: string;
}

export class AccountResponse {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ example: '单位用户' }) roleName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) departmentId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) unitId: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({
    description: '是否有地址因密码连续错误被暂停登录，或本小时密码错误次数已达上限',
  })
  locked: boolean;
  @ApiProperty({ description: '下次登录须修改密码' }) mustChangePassword: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) lastLoginAt: string | null;
}

export class AccountPageResponse extends PageOf(AccountResponse) {}

export class AccountImportQueryDto {
  /** true 只校验不写入（预览） */
  @IsOptional() @QueryBoolean() @IsBoolean() dryRun?: boolean;
}

export class AccountImportErrorResponse {
  @ApiProperty() row: number;
  @ApiProperty() column: string;
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export class ImportedAccountResponse {
  @ApiProperty({ description: '表中行号' }) row: number;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ example: '单位用户' }) roleName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) departmentName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) unitName: string | null;
  @ApiPropertyOptional({
    description: '临时密码（仅在正式导入的这一次响应中返回，不再显示；首次登录须修改）',
  })
  password?: string;
}

export class AccountImportResponse {
  @ApiProperty({ description: '是否为预览（未写入）' }) dryRun: boolean;
  @ApiProperty({ description: '读取的数据行数' }) rows: number;
  @ApiProperty({ description: '新建（预览时：将新建）的账号数' }) created: number;
  @ApiProperty({ type: [ImportedAccountResponse] }) accounts: ImportedAccountResponse[];
  @ApiPropertyOptional({ type: [AccountImportErrorResponse] })
  errors?: AccountImportErrorResponse[];
}
