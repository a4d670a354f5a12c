import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { missingItems, type RefusedItem } from '../../common/errors/bulk-refusal';
import { ResultsFreeze } from '../certificates/freeze/results-freeze';
import { actorOf, AuditService, type AuditEvent } from '../audit/audit.service';
import type { RegistrationEntity } from '../registrations/entities/registration.entity';
import { reviewGate, type ExamComponentsPassed, type GateAnswer } from './domain/review-gate';
import { allowedFrom, type ReviewAction, type ReviewStatus } from './domain/review-status';
import type { TechnicianReviewEntity } from './entities/technician-review.entity';
import { EXAM_COMPONENTS, type ExamComponentsReader } from './exam-components.port';
import {
  illegalReviewStep,
  reviewCandidateNotFound,
  reviewNotOpen,
  staleReview,
} from './reviews.errors';
import { ReviewsRepository } from './reviews.repository';

/** One form a step is asked for: the registration and the version the caller read. */
export interface StepItem {
  id: string;
  version: number;
}

/** What a step did to one form. */
export interface Stepped {
  reg: RegistrationEntity;
  gate: GateAnswer;
  status: ReviewStatus;
  version: number;
}

/** The step's own rule for one form: the changes, or a DomainError thrown to refuse it. */
export type StepChange<I extends StepItem> = (
  item: I,
  review: TechnicianReviewEntity,
  gate: GateAnswer,
) => Partial<TechnicianReviewEntity>;

/** How refusals answer: the single path throws its item's error, a bulk request lists them. */
export type Refuse = (refused: RefusedItem[]) => DomainError;

/**
 * The steps of 附件4 after saving (report, return, decide), for one form or a list of them,
 * inside the caller's transaction: every form is checked as its own request would check it,
 * and the forms are written, each with its audit entry, only when none is refused.
 */
@Injectable()
export class ReviewSteps {
  constructor(
    private readonly repo: ReviewsRepository,
    @Inject(EXAM_COMPONENTS) private readonly components: ExamComponentsReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly freeze: ResultsFreeze,
  ) {}

  async run<I extends StepItem>(
    em: EntityManager,
    p: Principal,
    items: readonly I[],
    action: Exclude<ReviewAction, 'save'>,
    change: StepChange<I>,
    refuse: Refuse,
  ): Promise<Stepped[]> {
    const ids = items.map((i) => i.id);
    const regs = new Map((await this.repo.findCandidates(p.scope, ids, em)).map((r) => [r.id, r]));
    const missing = missingItems(ids, regs, reviewCandidateNotFound);
    if (missing.length) throw refuse(missing);
    await this.freeze.assertOpenAll(em, regs.values());
    const gates = await this.gatesFor([...regs.values()]);
    const reviews = new Map(
      (await this.repo.findReviews(ids, em)).map((r) => [r.registrationId, r]),
    );
    const refused: RefusedItem[] = [];
    const planned = items.flatMap((item) => {
      const [reg, gate, review] = [regs.get(item.id)!, gates.get(item.id)!, reviews.get(item.id)];
      try {
        if (!review) throw reviewNotOpen(gate.open ? '综合评审表尚未填写' : gate.reason);
        this.assertStep(review, action, item.version);
        return [{ reg, gate, review, changes: change(item, review, gate) }];
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        refused.push({ id: reg.id, name: reg.name, error: e });
        return [];
      }
    });
    if (refused.length) throw refuse(refused);
    const now = this.clock.now();
    for (const x of planned)
      await this.update(em, x.review, { ...x.changes, updatedBy: p.username, updatedAt: now });
    await this.audit.recordMany(
      em,
      actorOf(p),
      planned.map((x) =>
        this.event(
          x.reg.id,
          `technician-review.${action}`,
          x.review.status,
          x.changes.status!,
          x.changes.centerNote,
        ),
      ),
    );
    return planned.map((x) => ({
      reg: x.reg,
      gate: x.gate,
      status: x.changes.status!,
      version: x.review.version + 1,
    }));
  }

  assertStep(review: TechnicianReviewEntity, action: ReviewAction, version: number): void {
    if (!allowedFrom(review.status, action)) throw illegalReviewStep(review.status, action);
    if (review.version !== version) throw staleReview();
  }

  async update(
    em: EntityManager,
    before: TechnicianReviewEntity,
    changes: Partial<TechnicianReviewEntity>,
  ): Promise<void> {
    if (
      (await this.repo.updateIfVersion(em, before.registrationId, before.version, changes)) !== 1
    ) {
      throw staleReview();
    }
  }

  /** The audit entry of one step on one form, on its registration (it shows in the history). */
  event(
    registrationId: string,
    action: string,
    from: ReviewStatus | null,
    to: ReviewStatus,
    reason?: string | null,
  ): AuditEvent {
    return {
      action,
      entityType: 'registration',
      entityId: registrationId,
      before: from ? { reviewStatus: from } : null,
      after: { reviewStatus: to, ...(reason ? { reason } : {}) },
    };
  }

  async gateFor(reg: RegistrationEntity): Promise<GateAnswer> {
    return (await this.gatesFor([reg])).get(reg.id)!;
  }

  gate(reg: RegistrationEntity, passed: ExamComponentsPassed | undefined): GateAnswer {
    return reviewGate(
      { targetLevel: reg.targetLevel, mode: reg.mode, cancelled: reg.status === 'cancelled' },
      passed ?? { theory: null, practical: null },
    );
  }

  /** Each candidate's gate, one look-up of final marks per session. */
  private async gatesFor(regs: RegistrationEntity[]): Promise<Map<string, GateAnswer>> {
    const out = new Map<string, GateAnswer>();
    for (const sessionId of new Set(regs.map((r) => r.sessionId))) {
      const mine = regs.filter((r) => r.sessionId === sessionId);
      const passed = await this.components.passedFor(
        sessionId,
        mine.map((r) => r.id),
      );
      for (const r of mine) out.set(r.id, this.gate(r, passed.get(r.id)));
    }
    return out;
  }
}
