import { Module } from '@nestjs/common';
import { OrganizationImportService } from './organization-import.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

@Module({
  controllers: [OrganizationsController],
  providers: [OrganizationsRepository, OrganizationsService, OrganizationImportService],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
