import { ResultsFreezeModule } from '../certificates/freeze/results-freeze';
import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DocumentsModule } from '../documents/documents.module';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { BatchRepository } from './batch.repository';
import { BatchViews } from './batch-views';
import { BatchesService } from './batches.service';
import { PublicitiesService } from './publicities.service';
import { PublicityRepository } from './publicity.repository';
import { RegistrationAssessor } from './registration-assessor';
import { RegistrationCountsService } from './registration-counts.service';
import { RegistrationDocumentsController } from './registration-documents.controller';
import { RegistrationDocumentsService } from './registration-documents.service';
import { RegistrationImportService } from './registration-import.service';
import { RegistrationFilesController } from './registration-files.controller';
import { RegistrationFilesService } from './registration-files.service';
import { FileStore } from '../documents/files/file-store';
import { RegistrationViews } from './registration-views';
import { RegistrationWindowService } from './registration-window.service';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsRepository } from './registrations.repository';
import { DuplicateProbesService } from './duplicate-probes.service';
import { LedgerHoldingsController } from './ledger-holdings.controller';
import { LedgerLookupsService } from './ledger-lookups.service';
import { RegistrationsService } from './registrations.service';
import { ReviewController } from './review.controller';
import { RequiredDocumentsService } from './required-documents.service';
import { ReviewService } from './review.service';
import { SummaryTargets } from './summary-targets';

@Module({
  imports: [
    ResultsFreezeModule,
    ExamSessionsModule,
    OrganizationsModule,
    EligibilityModule,
    CalendarModule,
    DocumentsModule,
    LedgerModule,
  ],
  // Documents first: its fixed paths (registrations/summary.xlsx) must match before registrations/:id.
  controllers: [
    RegistrationDocumentsController,
    RegistrationsController,
    RegistrationFilesController,
    ReviewController,
    LedgerHoldingsController,
  ],
  providers: [
    RegistrationsRepository,
    PublicityRepository,
    RegistrationsService,
    RegistrationAssessor,
    RegistrationViews,
    RegistrationWindowService,
    ReviewService,
    PublicitiesService,
    BatchesService,
    BatchRepository,
    BatchViews,
    RegistrationDocumentsService,
    SummaryTargets,
    RegistrationImportService,
    RegistrationFilesService,
    RequiredDocumentsService,
    DuplicateProbesService,
    FileStore,
    RegistrationCountsService,
    LedgerLookupsService,
  ],
  exports: [
    RegistrationsService,
    ReviewService,
    PublicitiesService,
    BatchesService,
    RegistrationWindowService,
    RegistrationFilesService,
  ],
})
export class RegistrationsModule {}
