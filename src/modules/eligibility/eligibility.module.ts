import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { EligibilityController } from './eligibility.controller';
import { EligibilityService } from './eligibility.service';

@Module({
  imports: [ExamSessionsModule, CatalogModule],
  controllers: [EligibilityController],
  providers: [EligibilityService],
  exports: [EligibilityService],
})
export class EligibilityModule {}
