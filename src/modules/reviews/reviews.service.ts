import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { bulkRefusal, type RefusedItem } from '../../common/errors/bulk-refusal';
import { download } from '../../common/http/download';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { FileStore } from '../documents/files/file-store';
import { isStoredForm, normalizePhoto } from '../documents/images/photo-image';
import type { TechnicianReviewView } from '../documents/pdf/technician-review.pdf';
import { DocumentJobs } from '../documents/workers/document-jobs';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import type { RegistrationEntity } from '../registrations/entities/registration.entity';
import { EMPTY_FORM, mergeSave, missingForSubmission, type ReviewForm } from './domain/review-form';
import type { GateAnswer } from './domain/review-gate';
import { allowedActions, needsReason, REVIEW_STATUS_NAMES } from './domain/review-status';
import type {
  DecideReviewDto,
  DecideReviewsDto,
  ReturnReviewDto,
  ReviewBulkResponse,
  ReviewFactsResponse,
  ReviewListItem,
  ReviewQueryDto,
  ReviewResponse,
  SaveReviewDto,
  SubmitReviewsDto,
  VersionDto,
} from './dto/review.dto';
import { TechnicianReviewEntity } from './entities/technician-review.entity';
import { EXAM_COMPONENTS, type ExamComponentsReader } from './exam-components.port';
import { ReviewSteps, type StepChange, type StepItem, type Stepped } from './review-steps';
import {
  reasonRequired,
  reviewCandidateNotFound,
  reviewIncomplete,
  reviewNotOpen,
  staleReview,
} from './reviews.errors';
import { ReviewsRepository } from './reviews.repository';

const PDF_TYPE = 'application/pdf';

/** A single form's step answers exactly as its own error says. */
const first = (refused: RefusedItem[]) => refused[0].error;

const formOf = (r: TechnicianReviewEntity | null): ReviewForm =>
  r
    ? {
        resume: r.resume,
        awards: r.awards,
        achievements: r.achievements,
        teaching: r.teaching,
        workSummary: r.workSummary,
        unitResult: r.unitResult,
        departmentOpinion: r.departmentOpinion,
      }
    : EMPTY_FORM;

const formOfDto = (dto: SaveReviewDto): ReviewForm => ({
  resume: dto.resume,
  awards: dto.awards,
  achievements: dto.achievements.map((a) => ({ ...a })),
  teaching: dto.teaching,
  workSummary: dto.workSummary,
  unitResult: dto.unitResult ?? null,
  departmentOpinion: dto.departmentOpinion,
});

/** 1975-03 → 1975年3月; 1995-07-01 → 1995年7月. */
const yearMonth = (iso: string | null): string => {
  const m = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月` : '';
};

/**
 * 技师综合评审 (notice 三, 附件4): the unit and the department fill the form once the candidate
 * has passed theory and practical, the department reports it, the center records the result.
 * Each step is audited on the registration, so it shows in the candidate's history.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly repo: ReviewsRepository,
    private readonly sessions: ExamSessionsService,
    @Inject(EXAM_COMPONENTS) private readonly components: ExamComponentsReader,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: DocumentJobs,
    private readonly files: FileStore,
    private readonly steps: ReviewSteps,
  ) {}

  async list(p: Principal, q: ReviewQueryDto) {
    const session = await this.sessions.resolve(q.examYear);
    const [regs, total] = await this.repo.pageCandidates(p.scope, {
      sessionId: session.id,
      state: q.state,
      unitId: q.unitId,
      name: q.name,
      page: q.page,
      pageSize: q.pageSize,
    });
    const ids = regs.map((r) => r.id);
    const [reviews, passed, [units, depts]] = await Promise.all([
      this.repo.findReviews(ids),
      this.components.passedFor(session.id, ids),
      this.repo.unitsAndDepartments(regs),
    ]);
    const reviewOf = new Map(reviews.map((r) => [r.registrationId, r]));
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const deptName = new Map(depts.map((d) => [d.id, d.name]));
    const items: ReviewListItem[] = regs.map((r) => {
      const gate = this.steps.gate(r, passed.get(r.id));
      const review = reviewOf.get(r.id) ?? null;
      return {
        registrationId: r.id,
        name: r.name,
        gender: r.gender,
        unitName: unitName.get(r.unitId) ?? '',
        departmentName: deptName.get(r.departmentId) ?? '',
        targetOccupation: r.targetOccupation,
        ...this.stateOf(review),
        open: gate.open,
        closedReason: gate.open ? null : gate.reason,
        centerNote: review?.centerNote ?? null,
        version: review?.version ?? 0,
      };
    });
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async get(p: Principal, id: string): Promise<ReviewResponse> {
    const reg = await this.candidate(p, id);
    const [review, gate] = await Promise.all([
      this.repo.findReview(reg.id),
      this.steps.gateFor(reg),
    ]);
    return this.view(p, reg, review, gate);
  }

  /** The unit or the department saves the form (a draft), guarded by the version read. */
  save(p: Principal, id: string, dto: SaveReviewDto): Promise<ReviewResponse> {
    return this.uow.run(async (em) => {
      const reg = await this.candidate(p, id, em);
      const gate = await this.steps.gateFor(reg);
      if (!gate.open) throw reviewNotOpen(gate.reason);
      const before = await this.repo.findReview(reg.id, em);
      const role = p.role === 'unit' ? 'unit' : 'department';
      const form = mergeSave(formOf(before), formOfDto(dto), role);
      const now = this.clock.now();
      if (!before) {
        if (dto.version !== 0) throw staleReview();
        await this.repo.insert(em, {
          registrationId: reg.id,
          sessionId: reg.sessionId,
          departmentId: reg.departmentId,
          unitId: reg.unitId,
          status: 'draft',
          ...form,
          centerNote: null,
          submittedBy: null,
          submittedAt: null,
          decidedBy: null,
          decidedAt: null,
          version: 1,
          updatedBy: p.username,
          createdAt: now,
          updatedAt: now,
        });
      } else {
        this.steps.assertStep(before, 'save', dto.version);
        await this.steps.update(em, before, { ...form, updatedBy: p.username, updatedAt: now });
      }
      await this.audit.record(
        em,
        actorOf(p),
        this.steps.event(reg.id, 'technician-review.save', before?.status ?? null, 'draft'),
      );
      return this.view(p, reg, await this.repo.findReview(reg.id, em), gate);
    });
  }

  /** The department reports the complete form to the center (notice 三: 报市就业和人才服务中心). */
  submit(p: Principal, id: string, dto: VersionDto): Promise<ReviewResponse> {
    return this.one(p, (em) =>
      this.steps.run(em, p, [{ id, ...dto }], 'submit', this.submitted(p), first),
    );
  }

  /** The department reports many complete forms at once: all of them or none. */
  submitMany(p: Principal, dto: SubmitReviewsDto): Promise<ReviewBulkResponse> {
    return this.many((em) =>
      this.steps.run(em, p, dto.items, 'submit', this.submitted(p), (r) =>
        bulkRefusal('份考核表不能报送', r),
      ),
    );
  }

  /** The center sends a reported form back to the department, saying why. */
  returnToDepartment(p: Principal, id: string, dto: ReturnReviewDto): Promise<ReviewResponse> {
    return this.one(p, (em) =>
      this.steps.run(
        em,
        p,
        [{ id, version: dto.version }],
        'return',
        () => ({ status: 'draft', centerNote: dto.reason }),
        first,
      ),
    );
  }

  /** The center records the 综合评审 result; changing a recorded one needs a reason. */
  decide(p: Principal, id: string, dto: DecideReviewDto): Promise<ReviewResponse> {
    return this.one(p, (em) =>
      this.steps.run(em, p, [{ id, ...dto }], 'decide', this.decided(p, dto.reason), first),
    );
  }

  /** The center records the results of many forms at once (a meeting's list): all or none. */
  decideMany(p: Principal, dto: DecideReviewsDto): Promise<ReviewBulkResponse> {
    return this.many((em) =>
      this.steps.run(em, p, dto.items, 'decide', this.decided(p, dto.reason), (r) =>
        bulkRefusal('份考核表不能记录评审结果', r),
      ),
    );
  }

  /** 附件4 as a print-ready PDF, `copies` times (一式三份); every print is audited. */
  async pdf(p: Principal, id: string, copies: number): Promise<StreamableFile> {
    const reg = await this.candidate(p, id);
    const [review, gate] = await Promise.all([
      this.repo.findReview(reg.id),
      this.steps.gateFor(reg),
    ]);
    if (!review && !gate.open) throw reviewNotOpen(gate.reason);
    const session = await this.sessions.byId(reg.sessionId);
    const view: TechnicianReviewView = {
      examYear: session.year,
      ...(await this.facts(reg)),
      photo: await this.photo(reg),
      ...formOf(review),
      unitResult: review?.unitResult ?? '',
    };
    const pdf = await this.jobs.technicianReviewPdf(view, copies);
    await this.uow.run((em) =>
      this.audit.record(em, actorOf(p), {
        action: 'technician-review.print',
        entityType: 'registration',
        entityId: reg.id,
        after: { copies },
      }),
    );
    return download(pdf, PDF_TYPE, `技师级别考核表-${reg.name}.pdf`);
  }

  /** Reporting: only a complete form of an open review (notice 三, 附件4). */
  private submitted(p: Principal): StepChange<StepItem> {
    return (_item, review, gate) => {
      if (!gate.open) throw reviewNotOpen(gate.reason);
      const missing = missingForSubmission(formOf(review));
      if (missing.length) throw reviewIncomplete(missing);
      return {
        status: 'submitted',
        submittedBy: p.username,
        submittedAt: this.clock.now(),
        centerNote: null,
      };
    };
  }

  /** Recording a result; changing one already recorded needs a reason. */
  private decided(
    p: Principal,
    reason?: string,
  ): StepChange<StepItem & { result: 'pass' | 'fail' }> {
    return (item, review) => {
      if (needsReason(review.status, 'decide') && !reason) throw reasonRequired();
      return {
        status: item.result === 'pass' ? 'passed' : 'failed',
        decidedBy: p.username,
        decidedAt: this.clock.now(),
        centerNote: reason ?? null,
      };
    };
  }

  /** One form's step, answered with the form as it now is. */
  private one(
    p: Principal,
    step: (em: EntityManager) => Promise<Stepped[]>,
  ): Promise<ReviewResponse> {
    return this.uow.run(async (em) => {
      const [{ reg, gate }] = await step(em);
      return this.view(p, reg, await this.repo.findReview(reg.id, em), gate);
    });
  }

  /** A list's step, answered with each form's new state and version. */
  private many(step: (em: EntityManager) => Promise<Stepped[]>): Promise<ReviewBulkResponse> {
    return this.uow.run(async (em) => {
      const done = await step(em);
      return {
        count: done.length,
        items: done.map((d) => ({
          registrationId: d.reg.id,
          state: d.status,
          stateName: REVIEW_STATUS_NAMES[d.status],
          version: d.version,
        })),
      };
    });
  }

  /** The recorded 综合评审 results, for the pass rule: pass / fail / null while none. */
  async resultsFor(ids: string[]): Promise<Map<string, 'pass' | 'fail' | null>> {
    const reviews = await this.repo.findReviews(ids);
    const out = new Map<string, 'pass' | 'fail' | null>(ids.map((id) => [id, null]));
    for (const r of reviews) {
      if (r.status === 'passed') out.set(r.registrationId, 'pass');
      if (r.status === 'failed') out.set(r.registrationId, 'fail');
    }
    return out;
  }

  private async candidate(
    p: Principal,
    id: string,
    em?: EntityManager,
  ): Promise<RegistrationEntity> {
    const reg = await this.repo.findCandidate(p.scope, id, em);
    if (!reg) throw reviewCandidateNotFound();
    return reg;
  }

  private stateOf(review: TechnicianReviewEntity | null) {
    return review
      ? { state: review.status, stateName: REVIEW_STATUS_NAMES[review.status] }
      : { state: 'pending' as const, stateName: '未填写' };
  }

  private async view(
    p: Principal,
    reg: RegistrationEntity,
    review: TechnicianReviewEntity | null,
    gate: GateAnswer,
  ): Promise<ReviewResponse> {
    const form = formOf(review);
    return {
      registrationId: reg.id,
      ...this.stateOf(review),
      open: gate.open,
      closedReason: gate.open ? null : gate.reason,
      facts: await this.facts(reg),
      ...form,
      centerNote: review?.centerNote ?? null,
      version: review?.version ?? 0,
      missing: missingForSubmission(form).map((d) => ({ ...d, code: d.code ?? 'REQUIRED' })),
      allowedActions: gate.open
        ? allowedActions(review?.status ?? 'draft', p.role).filter((a) => review || a === 'save')
        : [],
    };
  }

  private async facts(reg: RegistrationEntity): Promise<ReviewFactsResponse> {
    const [[units, depts], photo] = await Promise.all([
      this.repo.unitsAndDepartments([reg]),
      this.repo.photoFile(reg.photoFileId),
    ]);
    return {
      name: reg.name,
      gender: reg.gender,
      birthMonth: yearMonth(reg.birthMonth),
      education: reg.education,
      workStart: yearMonth(reg.workStartDate),
      currentOccupation: reg.currentOccupation ?? '',
      yearsInOccupation: reg.yearsInOccupation != null ? `${reg.yearsInOccupation} 年` : '',
      seniorCertDate: reg.currentLevel === 'senior' ? yearMonth(reg.currentCertDate) : '',
      targetOccupation: reg.targetOccupation,
      unitName: units[0]?.name ?? '',
      departmentName: depts[0]?.name ?? '',
      hasPhoto: !!photo,
    };
  }

  /** The stored photo as the PDF may embed it; one that cannot be read prints the glue-on box. */
  private async photo(reg: RegistrationEntity): Promise<Buffer | null> {
    const file = await this.repo.photoFile(reg.photoFileId);
    if (!file) return null;
    const bytes = await this.files.read(file.storageKey).catch(() => null);
    if (!bytes) return null;
    if (isStoredForm(bytes)) return bytes;
    try {
      return normalizePhoto(bytes).bytes;
    } catch {
      return null;
    }
  }
}
