import { Module } from '@nestjs/common';
import { DocumentJobs } from './workers/document-jobs';
import { DocumentWorkers } from './workers/document-workers';

/** The document worker pool, one per application, shared by every module that uses it. */
@Module({
  providers: [DocumentWorkers, DocumentJobs],
  exports: [DocumentJobs],
})
export class DocumentsModule {}
