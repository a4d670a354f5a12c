import { Module } from '@nestjs/common';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { PassRuleController } from './pass-rule.controller';
import { PassRuleService } from './pass-rule.service';

@Module({
  imports: [ExamSessionsModule],
  controllers: [PassRuleController],
  providers: [PassRuleService],
  exports: [PassRuleService],
})
export class ResultsModule {}
