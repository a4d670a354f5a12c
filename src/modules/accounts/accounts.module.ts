import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { LoginProtectionModule } from '../login-protection/login-protection.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AccountImportService } from './account-import.service';
import { AccountsController } from './accounts.controller';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { PasswordHasher } from './password-hasher';

@Module({
  imports: [OrganizationsModule, LoginProtectionModule, DocumentsModule],
  controllers: [AccountsController],
  providers: [AccountsRepository, AccountsService, AccountImportService, PasswordHasher],
  exports: [AccountsService, AccountsRepository, PasswordHasher],
})
export class AccountsModule {}
