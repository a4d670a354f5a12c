import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AccountsController } from './accounts.controller';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { PasswordHasher } from './password-hasher';

@Module({
  imports: [OrganizationsModule],
  controllers: [AccountsController],
  providers: [AccountsRepository, AccountsService, PasswordHasher],
  exports: [AccountsService, AccountsRepository, PasswordHasher],
})
export class AccountsModule {}
