import { Module } from '@nestjs/common';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { CatalogController } from './catalog.controller';
import { CatalogRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';
import { SessionSetupController } from './session-setup.controller';
import { SessionSetupService } from './session-setup.service';

@Module({
  imports: [ExamSessionsModule],
  controllers: [CatalogController, SessionSetupController],
  providers: [CatalogRepository, CatalogService, SessionSetupService],
  exports: [CatalogService, SessionSetupService],
})
export class CatalogModule {}
