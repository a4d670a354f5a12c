import { ResultsFreezeModule } from '../certificates/freeze/results-freeze';
import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { FileStore } from '../documents/files/file-store';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { ScoringModule } from '../scoring/scoring.module';
import { EXAM_COMPONENTS } from './exam-components.port';
import { PassedComponents } from './passed-components';
import { ReviewSteps } from './review-steps';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [ExamSessionsModule, DocumentsModule, ScoringModule, ResultsFreezeModule],
  controllers: [ReviewsController],
  providers: [
    ReviewsRepository,
    ReviewsService,
    ReviewSteps,
    FileStore,
    { provide: EXAM_COMPONENTS, useClass: PassedComponents },
  ],
  exports: [ReviewsService],
})
export class ReviewsModule {}
