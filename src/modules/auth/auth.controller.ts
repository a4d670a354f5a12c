import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  AllowPendingPasswordChange,
  CurrentUser,
  Public,
  SignedIn,
} from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, MeResponse, TokenResponse } from './dto/auth.dto';

@ApiTags('登录与账号')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: '登录，取得访问令牌',
    description:
      '同一账号在同一地址密码连续错误达到上限后，该地址暂停登录（423），其他地址不受影响；' +
      '同一账号每小时密码错误总次数达到上限、或同一地址登录过于频繁时返回 429。' +
      '不存在的用户名与密码错误的回答完全相同。',
  })
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: '用户名或密码错误' })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiTooManyRequestsResponse({ type: ErrorBody })
  @ApiResponse({ status: 423, type: ErrorBody, description: '当前地址暂停登录（ACCOUNT_LOCKED）' })
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto);
  }

  @Post('logout')
  @SignedIn()
  @AllowPendingPasswordChange()
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录：本账号已签发的令牌全部失效' })
  @ApiNoContentResponse()
  logout(@CurrentUser() p: Principal) {
    return this.auth.logout(p);
  }

  @Post('refresh')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({
    summary: '以有效令牌换取新令牌（延长会话）',
    description:
      '会话自登录起最长 SESSION_MAX_HOURS 小时（默认 12），超过后 401 SESSION_EXPIRED，须重新登录。',
  })
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: '令牌无效，或会话已超过最长时间' })
  refresh(@CurrentUser() p: Principal) {
    return this.auth.refresh(p);
  }

  @Post('password')
  @SignedIn()
  @AllowPendingPasswordChange()
  @HttpCode(200)
  @ApiOperation({
    summary: '修改本人密码；旧令牌失效，返回新令牌',
    description: '当前密码错误与登录密码错误合并计数并记入审计；达到上限后当前地址暂停（423）。',
  })
  @ApiOkResponse({ type: TokenResponse })
  changePassword(@CurrentUser() p: Principal, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(p, dto);
  }

  @Get('me')
  @SignedIn()
  @AllowPendingPasswordChange()
  @ApiOperation({ summary: '当前登录账号' })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentUser() p: Principal) {
    return this.auth.me(p);
  }
}
