import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { FileStore } from '../documents/files/file-store';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { EXAM_COMPONENTS, NoFinalScores } from './exam-components.port';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [ExamSessionsModule, DocumentsModule],
  controllers: [ReviewsController],
  providers: [
    ReviewsRepository,
    ReviewsService,
    FileStore,
    { provide: EXAM_COMPONENTS, useClass: NoFinalScores },
  ],
  exports: [ReviewsService],
})
export class ReviewsModule {}
