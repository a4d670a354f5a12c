import { Module } from '@nestjs/common';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { ExemptDecisionsController } from './exempt-decisions.controller';
import { ExemptDecisionsRepository } from './exempt-decisions.repository';
import { ExemptDecisionsService } from './exempt-decisions.service';
import { PassRuleController } from './pass-rule.controller';
import { PassRuleService } from './pass-rule.service';

@Module({
  imports: [ExamSessionsModule],
  controllers: [PassRuleController, ExemptDecisionsController],
  providers: [PassRuleService, ExemptDecisionsService, ExemptDecisionsRepository],
  exports: [PassRuleService, ExemptDecisionsService],
})
export class ResultsModule {}
