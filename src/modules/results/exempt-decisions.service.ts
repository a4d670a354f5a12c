import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { isUniqueViolation } from '../../database/db-errors';
import { ResultsFreeze } from '../certificates/freeze/results-freeze';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { STATUS_NAMES } from '../registrations/domain/registration-status';
import type { RegistrationEntity } from '../registrations/entities/registration.entity';
import { decisionRefusal } from './domain/exempt-decision';
import type { ExemptDecision } from './domain/pass-rule.types';
import type {
  DecideExemptDto,
  ExemptCandidatePageResponse,
  ExemptCandidateResponse,
  ExemptQueryDto,
} from './dto/exempt-decision.dto';
import { ExemptDecisionEntity } from './entities/exempt-decision.entity';
import { toExemptCandidate } from './exempt-decisions.mapper';
import { ExemptDecisionsRepository } from './exempt-decisions.repository';
import {
  exemptCandidateNotFound,
  exemptDecisionRefused,
  exemptDecisionStale,
} from './results.errors';

/** 二(九): the center's 免考复核认定 decisions, each against the registration's evidence. */
@Injectable()
export class ExemptDecisionsService {
  constructor(
    private readonly repo: ExemptDecisionsRepository,
    private readonly sessions: ExamSessionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly freeze: ResultsFreeze,
  ) {}

  async list(p: Principal, q: ExemptQueryDto): Promise<ExemptCandidatePageResponse> {
    const session = await this.sessions.resolve(q.examYear);
    const [rows, total] = await this.repo.listCandidates(p.scope, { ...q, sessionId: session.id });
    return { items: await this.views(rows), total, page: q.page, pageSize: q.pageSize };
  }

  /** load → domain → persist → audit, in one transaction. */
  decide(p: Principal, id: string, dto: DecideExemptDto): Promise<ExemptCandidateResponse> {
    return this.uow
      .run(async (em) => {
        const r = await this.repo.findCandidate(p.scope, id, em);
        if (!r) throw exemptCandidateNotFound();
        await this.freeze.assertOpen(em, r.sessionId);
        const current = (await this.repo.decisionsOf([r.id], em)).get(r.id);
        const reason = dto.reason || null;
        const refusal = decisionRefusal(
          {
            mode: r.mode,
            status: r.status,
            statusName: STATUS_NAMES[r.status],
            current: current?.decision ?? null,
          },
          { decision: dto.decision, reason },
        );
        if (refusal) throw exemptDecisionRefused(refusal);
        if (dto.version !== undefined && dto.version !== current?.version)
          throw exemptDecisionStale();
        const next = this.decision(p, r, dto.decision, reason);
        if (current) {
          if (!(await this.repo.update(em, next, current.version))) throw exemptDecisionStale();
          next.version = current.version + 1;
        } else {
          await this.repo.insert(em, next);
        }
        await this.audit.record(em, actorOf(p), {
          action: `registration.exempt-${dto.decision === 'approved' ? 'approve' : 'reject'}`,
          entityType: 'registration',
          entityId: r.id,
          before: { decision: current?.decision ?? null },
          after: reason ? { decision: dto.decision, reason } : { decision: dto.decision },
        });
        return (await this.views([r], em))[0];
      })
      .catch((e: unknown) => {
        // Two first decisions at once: the second finds the row the first wrote.
        throw isUniqueViolation(e) ? exemptDecisionStale() : e;
      });
  }

  /** The current decision of each registration (for the pass list: null while undecided). */
  async decisionsOf(ids: string[]): Promise<Map<string, ExemptDecision>> {
    const rows = await this.repo.decisionsOf(ids);
    return new Map([...rows].map(([id, d]) => [id, d.decision]));
  }

  private decision(
    p: Principal,
    r: RegistrationEntity,
    decision: ExemptDecision,
    reason: string | null,
  ): ExemptDecisionEntity {
    return Object.assign(new ExemptDecisionEntity(), {
      registrationId: r.id,
      sessionId: r.sessionId,
      decision,
      reason,
      decidedBy: p.username,
      decidedAt: this.clock.now(),
      version: 1,
    });
  }

  private async views(
    rows: RegistrationEntity[],
    em?: EntityManager,
  ): Promise<ExemptCandidateResponse[]> {
    const ids = rows.map((r) => r.id);
    const decisions = await this.repo.decisionsOf(ids, em);
    const files = await this.repo.evidenceFilesOf(ids, em);
    return rows.map((r) =>
      toExemptCandidate(
        r,
        decisions.get(r.id),
        files.filter((f) => f.registrationId === r.id),
      ),
    );
  }
}
