import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
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
    description: '连续失败达到上限后账号临时锁定（423）；同一地址登录过于频繁返回 429。',
  })
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: '用户名或密码错误' })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiTooManyRequestsResponse({ type: ErrorBody })
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
  @ApiOperation({ summary: '以有效令牌换取新令牌（延长会话）' })
  @ApiOkResponse({ type: TokenResponse })
  refresh(@CurrentUser() p: Principal) {
    return this.auth.refresh(p);
  }

  @Post('password')
  @SignedIn()
  @AllowPendingPasswordChange()
  @HttpCode(200)
  @ApiOperation({ summary: '修改本人密码；旧令牌失效，返回新令牌' })
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
