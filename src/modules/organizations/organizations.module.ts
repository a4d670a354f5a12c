import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { OrganizationImportService } from './organization-import.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [DocumentsModule],
  controllers: [OrganizationsController],
  providers: [OrganizationsRepository, OrganizationsService, OrganizationImportService],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
