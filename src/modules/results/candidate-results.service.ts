import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { sortByZh } from '../../common/text/collation';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import type { RegistrationEntity } from '../registrations/entities/registration.entity';
import { ReviewsService } from '../reviews/reviews.service';
import { ScoreResultsService } from '../scoring/score-results.service';
import {
  candidateResult,
  type CandidateFacts,
  type CandidateResult,
} from './domain/candidate-result';
import { CandidateResultsRepository, type FiledFilter } from './candidate-results.repository';
import type {
  CandidateResultResponse,
  ResultsFilterDto,
  ResultsQueryDto,
  ResultsSummaryResponse,
} from './dto/candidate-results.dto';
import { ExemptDecisionsRepository } from './exempt-decisions.repository';
import { rulesOf } from './pass-rule.service';

export interface Standing {
  facts: CandidateFacts;
  result: CandidateResult;
}

/**
 * Where each filed candidate stands under the pass rule, from what is on record (locked final
 * marks, the 综合评审 result, the 免考复核认定 decision): the center's overview before the pass
 * list, and each department's and unit's view of their own people.
 */
@Injectable()
export class CandidateResultsService {
  constructor(
    private readonly repo: CandidateResultsRepository,
    private readonly sessions: ExamSessionsService,
    private readonly scores: ScoreResultsService,
    private readonly reviews: ReviewsService,
    private readonly exempt: ExemptDecisionsRepository,
  ) {}

  async list(p: Principal, q: ResultsQueryDto) {
    const session = await this.sessions.resolve(q.examYear);
    const filter = this.filterOf(session.id, q);
    if (!q.outcome) {
      const [regs, total] = await this.repo.page(p.scope, filter, q.page, q.pageSize);
      const results = await this.resultsOf(session.id, regs);
      return {
        items: regs.map((r) => view(r, results.get(r.id)!)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    }
    // By outcome: every candidate's standing is needed before a page can be cut.
    const regs = sortByZh(
      await this.repo.all(p.scope, filter),
      (r) => r.name,
      (r) => r.id,
    );
    const results = await this.resultsOf(session.id, regs);
    const matching = regs.filter((r) => results.get(r.id)!.outcome === q.outcome);
    const start = (q.page - 1) * q.pageSize;
    return {
      items: matching.slice(start, start + q.pageSize).map((r) => view(r, results.get(r.id)!)),
      total: matching.length,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async summary(p: Principal, q: ResultsFilterDto): Promise<ResultsSummaryResponse> {
    const session = await this.sessions.resolve(q.examYear);
    const regs = await this.repo.all(p.scope, this.filterOf(session.id, q));
    const results = await this.resultsOf(session.id, regs);
    const count = (o: string) => [...results.values()].filter((r) => r.outcome === o).length;
    return {
      examYear: session.year,
      total: regs.length,
      passed: count('passed'),
      failed: count('failed'),
      pending: count('pending'),
    };
  }

  /** Every filed candidate of a session with their standing (the pass list's source). */
  async standings(
    sessionId: string,
  ): Promise<{ registration: RegistrationEntity; result: CandidateResult }[]> {
    const regs = await this.repo.all({ kind: 'center' }, { sessionId });
    const results = await this.resultsOf(sessionId, regs);
    return regs.map((r) => ({ registration: r, result: results.get(r.id)! }));
  }

  private filterOf(sessionId: string, q: ResultsFilterDto): FiledFilter {
    return {
      sessionId,
      departmentId: q.departmentId,
      unitId: q.unitId,
      targetLevel: q.level,
      name: q.name,
    };
  }

  private async resultsOf(
    sessionId: string,
    regs: RegistrationEntity[],
  ): Promise<Map<string, CandidateResult>> {
    const standings = await this.standingsOf(sessionId, regs);
    return new Map([...standings].map(([id, s]) => [id, s.result]));
  }

  /**
   * Each given filed candidate's facts on record and standing under the pass rule, for other
   * modules that count outcomes (statistics) without re-deriving the rule.
   */
  async standingsOf(
    sessionId: string,
    regs: readonly Pick<RegistrationEntity, 'id' | 'targetLevel' | 'mode'>[],
  ): Promise<Map<string, Standing>> {
    const ids = regs.map((r) => r.id);
    const [session, marks, reviews, decisions] = await Promise.all([
      this.sessions.byId(sessionId),
      this.scores.finalMarks(ids),
      this.reviews.resultsFor(ids),
      this.exempt.decisionsOf(ids),
    ]);
    const rules = rulesOf(session);
    return new Map(
      regs.map((r) => {
        const facts: CandidateFacts = {
          level: r.targetLevel,
          mode: r.mode,
          marks: marks.get(r.id) ?? { theory: null, practical: null },
          review: reviews.get(r.id) ?? null,
          exemptDecision: decisions.get(r.id)?.decision ?? null,
        };
        return [r.id, { facts, result: candidateResult(facts, rules) }];
      }),
    );
  }
}

function view(r: RegistrationEntity, result: CandidateResult): CandidateResultResponse {
  return {
    registrationId: r.id,
    name: r.name,
    gender: r.gender,
    unitName: r.unit?.name ?? '',
    departmentName: r.department?.name ?? '',
    targetOccupation: r.targetOccupation,
    targetLevel: r.targetLevel,
    mode: r.mode,
    ...result,
  };
}
