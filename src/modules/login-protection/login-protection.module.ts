import { Module } from '@nestjs/common';
import { LoginHoldsRepository } from './login-holds.repository';
import { LoginProtectionService } from './login-protection.service';
import { RateWindowsRepository } from './rate-windows.repository';
import { RateWindows } from './rate-windows.service';

/** Sign-in protection state kept in the database: holds per name and address, rate windows. */
@Module({
  providers: [LoginHoldsRepository, RateWindowsRepository, RateWindows, LoginProtectionService],
  exports: [LoginProtectionService, RateWindows],
})
export class LoginProtectionModule {}
