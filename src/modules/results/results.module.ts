import { Module } from '@nestjs/common';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { ScoringModule } from '../scoring/scoring.module';
import { CandidateResultsController } from './candidate-results.controller';
import { CandidateResultsRepository } from './candidate-results.repository';
import { CandidateResultsService } from './candidate-results.service';
import { ExemptDecisionsController } from './exempt-decisions.controller';
import { ExemptDecisionsRepository } from './exempt-decisions.repository';
import { ExemptDecisionsService } from './exempt-decisions.service';
import { PassRuleController } from './pass-rule.controller';
import { PassRuleService } from './pass-rule.service';

@Module({
  imports: [ExamSessionsModule, ScoringModule, ReviewsModule],
  controllers: [PassRuleController, CandidateResultsController, ExemptDecisionsController],
  providers: [
    PassRuleService,
    ExemptDecisionsService,
    ExemptDecisionsRepository,
    CandidateResultsService,
    CandidateResultsRepository,
  ],
  exports: [PassRuleService, ExemptDecisionsService, CandidateResultsService],
})
export class ResultsModule {}
