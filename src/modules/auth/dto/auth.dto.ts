import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX } from '../../accounts/domain/password-policy';
import { ROLES, type Role } from '../../accounts/domain/roles';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username: string;

  /** 不超过 128 个字符（更长的直接拒绝，不做哈希计算） */
  @ApiProperty({ example: '********' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX)
  password: string;
}

export class ChangePasswordDto {
  @IsString() @IsNotEmpty() @MaxLength(PASSWORD_MAX) currentPassword: string;
  /** 至少 10 位，含大写、小写、数字、符号中的三类，不含用户名 */
  @IsString() @IsNotEmpty() @MaxLength(PASSWORD_MAX) newPassword: string;
}

export class TokenResponse {
  @ApiProperty({ description: '访问令牌，放在 Authorization: Bearer <accessToken>' })
  accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ description: '有效期（秒）', example: 1800 }) expiresIn: number;
  @ApiProperty({ description: '须先修改密码才能使用其他功能' }) mustChangePassword: boolean;
}

export class MeResponse {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() roleName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) departmentId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) unitId: string | null;
  @ApiProperty() mustChangePassword: boolean;
}
