import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsModule } from '../accounts/accounts.module';
import { LoginProtectionModule } from '../login-protection/login-protection.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { TokenService } from './token.service';

@Module({
  imports: [AccountsModule, LoginProtectionModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    TokenService,
    LoginRateLimiter,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
