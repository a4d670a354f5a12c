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
import { PASSWORD_MAX } from '../domain/password-policy';
import { Role, ROLES } from '../domain/roles';
import { Trim } from '../../../common/validation/transforms';
import { PageOf, PageQueryDto } from '../../../common/http/page.dto';

export class CreateAccountDto {
  /** 登录名：3–64 位字母、数字、点、下划线、短横线 */
  @Matches(/^[A-Za-z0-9_.-]{3,64}$/) username: string;
  /** 姓名或称呼 */
  @Trim() @IsString() @IsNotEmpty() @MaxLength(100) displayName: string;
  @IsIn(ROLES) role: Role;
  /** 主管部门用户必填 */
  @IsOptional() @IsUUID() departmentId?: string;
  /** 单位用户必填 */
  @IsOptional() @IsUUID() unitId?: string;
  /** 初始密码（首次登录须修改） */
  @IsString() @MaxLength(PASSWORD_MAX) password: string;
}

export class UpdateAccountDto {
  @IsOptional() @Trim() @IsString() @IsNotEmpty() @MaxLength(100) displayName?: string;
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
