import { ResultsFreezeModule } from '../certificates/freeze/results-freeze';
import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { DiscrepanciesService } from './discrepancies.service';
import { GraderAssignmentsService } from './grader-assignments.service';
import { ScoreDocumentsController } from './score-documents.controller';
import { ScoreEntriesService } from './score-entries.service';
import { ScoreSheetDocumentsService } from './score-sheet-documents.service';
import { ScoreLocksService } from './score-locks.service';
import { ScoreResultsService } from './score-results.service';
import { ScoreSheetsController } from './score-sheets.controller';
import { ScoreSheetsService } from './score-sheets.service';
import { ScoringCenterController } from './scoring-center.controller';
import { ScoringRepository } from './scoring.repository';
import { SheetAccess } from './sheet-access';
import { SheetFinalizer } from './sheet-finalizer';

/** Graders, score sheets with double entry, discrepancies, locking and corrections (issue 10). */
@Module({
  imports: [ExamSessionsModule, DocumentsModule, ResultsFreezeModule],
  controllers: [ScoreSheetsController, ScoreDocumentsController, ScoringCenterController],
  providers: [
    ScoringRepository,
    SheetAccess,
    SheetFinalizer,
    ScoreSheetsService,
    ScoreEntriesService,
    GraderAssignmentsService,
    DiscrepanciesService,
    ScoreLocksService,
    ScoreResultsService,
    ScoreSheetDocumentsService,
  ],
  exports: [
    ScoreResultsService,
    // for the demo season (DEMO=1), which walks scoring through the real services
    GraderAssignmentsService,
    ScoreSheetsService,
    ScoreEntriesService,
    DiscrepanciesService,
    ScoreLocksService,
  ],
})
export class ScoringModule {}
