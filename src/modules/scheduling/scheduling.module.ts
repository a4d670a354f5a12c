import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { DocumentsModule } from '../documents/documents.module';
import { FileStore } from '../documents/files/file-store';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AllocationService } from './allocation.service';
import { RoomSheetsService } from './room-sheets.service';
import { SchedulingController } from './scheduling.controller';
import { SittingsService } from './sittings.service';
import { TicketViews } from './ticket-views';
import { TicketsService } from './tickets.service';
import { VenuesService } from './venues.service';

@Module({
  imports: [ExamSessionsModule, CatalogModule, OrganizationsModule, DocumentsModule],
  controllers: [SchedulingController],
  providers: [
    VenuesService,
    SittingsService,
    AllocationService,
    TicketsService,
    TicketViews,
    RoomSheetsService,
    FileStore,
  ],
  exports: [VenuesService, SittingsService, AllocationService],
})
export class SchedulingModule {}
