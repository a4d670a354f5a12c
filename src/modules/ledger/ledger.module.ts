import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { DocumentsModule } from '../documents/documents.module';
import { FileStore } from '../documents/files/file-store';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { LedgerController } from './ledger.controller';
import { LedgerRepository } from './ledger.repository';
import { LedgerService } from './ledger.service';

/**
 * The certificate ledger. Certificate-sourced entries are written by the certificates
 * module (issue, revocation, reissue); this module reads them, takes paper entries and
 * corrections, and answers registrations' look-ups (LedgerService).
 */
@Module({
  imports: [ExamSessionsModule, CatalogModule, DocumentsModule],
  controllers: [LedgerController],
  providers: [LedgerRepository, LedgerService, FileStore],
  exports: [LedgerService],
})
export class LedgerModule {}
