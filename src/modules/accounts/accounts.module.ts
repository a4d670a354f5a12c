import { Module } from '@nestjs/common';
import { LoginProtectionModule } from '../login-protection/login-protection.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AccountsController } from './accounts.controller';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { PasswordHasher } from './password-hasher';

@Module({
  imports: [OrganizationsModule, LoginProtectionModule],
  controllers: [AccountsController],
  providers: [AccountsRepository, AccountsService, PasswordHasher],
  exports: [AccountsService, AccountsRepository, PasswordHasher],
})
export class AccountsModule {}
