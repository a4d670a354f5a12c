import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { bulkRefusal, missingItems, type RefusedItem } from '../../common/errors/bulk-refusal';
import type { DomainError } from '../../common/errors/domain-error';
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
  DecideExemptsDto,
  ExemptBulkResponse,
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

/** One decision asked for: the registration and what `POST /exempt-reviews/:id/decision` takes. */
type ExemptItem = DecideExemptDto & { id: string };

/** A single decision answers exactly as its own error says. */
const first = (refused: RefusedItem[]) => refused[0].error;

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
    return this.write(async (em) => {
      const [{ reg }] = await this.decideIn(em, p, [{ ...dto, id }], first);
      return (await this.views([reg], em))[0];
    });
  }

  /** Many decisions at once (a meeting's list), each as `decide` takes it: all or none. */
  decideMany(p: Principal, dto: DecideExemptsDto): Promise<ExemptBulkResponse> {
    return this.write(async (em) => {
      const done = await this.decideIn(em, p, dto.items, (r) =>
        bulkRefusal('项免考复核认定不能作出', r),
      );
      return {
        count: done.length,
        items: done.map(({ reg, decision: d }) => ({
          id: reg.id,
          state: d.decision,
          version: d.version,
        })),
      };
    });
  }

  /** Two first decisions at once: the second finds the row the first wrote. */
  private write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.uow.run(work).catch((e: unknown) => {
      throw isUniqueViolation(e) ? exemptDecisionStale() : e;
    });
  }

  /** Checks every item as its own request would; writes and audits them only if none is refused. */
  private async decideIn(
    em: EntityManager,
    p: Principal,
    items: readonly ExemptItem[],
    refuse: (refused: RefusedItem[]) => DomainError,
  ): Promise<{ reg: RegistrationEntity; decision: ExemptDecisionEntity }[]> {
    const ids = items.map((i) => i.id);
    const regs = new Map((await this.repo.findCandidates(p.scope, ids, em)).map((r) => [r.id, r]));
    const missing = missingItems(ids, regs, exemptCandidateNotFound);
    if (missing.length) throw refuse(missing);
    await this.freeze.assertOpenAll(em, regs.values());
    const current = await this.repo.decisionsOf(ids, em);
    const refused: RefusedItem[] = [];
    const planned = items.flatMap((item) => {
      const [reg, before] = [regs.get(item.id)!, current.get(item.id)];
      const error = this.refusal(reg, before, item);
      if (error) refused.push({ id: reg.id, name: reg.name, error });
      return error ? [] : [{ reg, before, item, decision: this.decision(p, reg, item) }];
    });
    if (refused.length) throw refuse(refused);
    for (const x of planned.filter((x) => x.before)) {
      if (!(await this.repo.update(em, x.decision, x.before!.version))) throw exemptDecisionStale();
      x.decision.version = x.before!.version + 1;
    }
    await this.repo.insert(
      em,
      planned.filter((x) => !x.before).map((x) => x.decision),
    );
    await this.audit.recordMany(
      em,
      actorOf(p),
      planned.map(({ reg, before, decision: d }) => ({
        action: `registration.exempt-${d.decision === 'approved' ? 'approve' : 'reject'}`,
        entityType: 'registration',
        entityId: reg.id,
        before: { decision: before?.decision ?? null },
        after: d.reason ? { decision: d.decision, reason: d.reason } : { decision: d.decision },
      })),
    );
    return planned;
  }

  /** 二(九)'s rule for one decision, then the version the caller saw; null when it may be taken. */
  private refusal(
    r: RegistrationEntity,
    current: ExemptDecisionEntity | undefined,
    item: ExemptItem,
  ): DomainError | null {
    const refusal = decisionRefusal(
      {
        mode: r.mode,
        status: r.status,
        statusName: STATUS_NAMES[r.status],
        current: current?.decision ?? null,
      },
      { decision: item.decision, reason: item.reason || null },
    );
    if (refusal) return exemptDecisionRefused(refusal);
    if (item.version !== undefined && item.version !== current?.version)
      return exemptDecisionStale();
    return null;
  }

  /** The current decision of each registration (for the pass list: null while undecided). */
  async decisionsOf(ids: string[]): Promise<Map<string, ExemptDecision>> {
    const rows = await this.repo.decisionsOf(ids);
    return new Map([...rows].map(([id, d]) => [id, d.decision]));
  }

  private decision(p: Principal, r: RegistrationEntity, item: ExemptItem): ExemptDecisionEntity {
    return Object.assign(new ExemptDecisionEntity(), {
      registrationId: r.id,
      sessionId: r.sessionId,
      decision: item.decision,
      reason: item.reason || null,
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
