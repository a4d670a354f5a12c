import { Module } from '@nestjs/common';
import { ExamSessionsController } from './exam-sessions.controller';
import { ExamSessionsRepository } from './exam-sessions.repository';
import { ExamSessionsService } from './exam-sessions.service';

@Module({
  controllers: [ExamSessionsController],
  providers: [ExamSessionsRepository, ExamSessionsService],
  exports: [ExamSessionsService],
})
export class ExamSessionsModule {}
