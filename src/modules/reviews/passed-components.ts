import { Injectable } from '@nestjs/common';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { officialMarks } from '../results/domain/official-marks';
import { scoredVerdict } from '../results/domain/pass-rule';
import { ScoreResultsService } from '../scoring/score-results.service';
import type { ExamComponentsPassed } from './domain/review-gate';
import type { ExamComponentsReader } from './exam-components.port';

/**
 * Theory and practical of each candidate under the session's pass rule, from the locked final
 * marks (an unlocked or missing mark is not yet decided). The rule itself is the results
 * module's; only locked marks count, as for the pass list.
 */
@Injectable()
export class PassedComponents implements ExamComponentsReader {
  constructor(
    private readonly scores: ScoreResultsService,
    private readonly sessions: ExamSessionsService,
  ) {}

  async passedFor(sessionId: string, ids: string[]): Promise<Map<string, ExamComponentsPassed>> {
    if (!ids.length) return new Map();
    const [session, kept] = await Promise.all([
      this.sessions.byId(sessionId),
      this.scores.finalMarks(ids),
    ]);
    const out = new Map<string, ExamComponentsPassed>();
    for (const id of ids) {
      const marks = officialMarks(kept.get(id) ?? { theory: null, practical: null });
      out.set(id, {
        theory: scoredVerdict('theory', marks.theory, session.passMark).passed,
        practical: scoredVerdict('practical', marks.practical, session.passMark).passed,
      });
    }
    return out;
  }
}
