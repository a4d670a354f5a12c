import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { download } from '../../common/http/download';
import { ResultsFreeze } from '../certificates/freeze/results-freeze';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { FileStore } from '../documents/files/file-store';
import { isStoredForm, normalizePhoto } from '../documents/images/photo-image';
import type { TechnicianReviewView } from '../documents/pdf/technician-review.pdf';
import { DocumentJobs } from '../documents/workers/document-jobs';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import type { RegistrationEntity } from '../registrations/entities/registration.entity';
import { EMPTY_FORM, mergeSave, missingForSubmission, type ReviewForm } from './domain/review-form';
import { reviewGate, type GateAnswer } from './domain/review-gate';
import {
  allowedActions,
  allowedFrom,
  needsReason,
  REVIEW_STATUS_NAMES,
  type ReviewAction,
  type ReviewStatus,
} from './domain/review-status';
import type {
  DecideReviewDto,
  ReturnReviewDto,
  ReviewFactsResponse,
  ReviewListItem,
  ReviewQueryDto,
  ReviewResponse,
  SaveReviewDto,
  VersionDto,
} from './dto/review.dto';
import { TechnicianReviewEntity } from './entities/technician-review.entity';
import { EXAM_COMPONENTS, type ExamComponentsReader } from './exam-components.port';
import {
  illegalReviewStep,
  reasonRequired,
  reviewCandidateNotFound,
  reviewIncomplete,
  reviewNotOpen,
  staleReview,
} from './reviews.errors';
import { ReviewsRepository } from './reviews.repository';

const PDF_TYPE = 'application/pdf';

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
    private readonly freeze: ResultsFreeze,
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
      const gate = this.gate(r, passed.get(r.id));
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
      };
    });
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async get(p: Principal, id: string): Promise<ReviewResponse> {
    const reg = await this.candidate(p, id);
    const [review, gate] = await Promise.all([this.repo.findReview(reg.id), this.gateFor(reg)]);
    return this.view(p, reg, review, gate);
  }

  /** The unit or the department saves the form (a draft), guarded by the version read. */
  save(p: Principal, id: string, dto: SaveReviewDto): Promise<ReviewResponse> {
    return this.uow.run(async (em) => {
      const reg = await this.candidate(p, id, em);
      const gate = await this.gateFor(reg);
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
        this.assertStep(before, 'save', dto.version);
        await this.update(em, before, { ...form, updatedBy: p.username, updatedAt: now });
      }
      await this.record(em, p, reg.id, 'technician-review.save', before?.status ?? null, 'draft');
      return this.view(p, reg, await this.repo.findReview(reg.id, em), gate);
    });
  }

  /** The department reports the complete form to the center (notice 三: 报市就业和人才服务中心). */
  submit(p: Principal, id: string, dto: VersionDto): Promise<ReviewResponse> {
    return this.transition(p, id, 'submit', dto.version, (_em, _reg, review, gate) => {
      if (!gate.open) throw reviewNotOpen(gate.reason);
      const missing = missingForSubmission(formOf(review));
      if (missing.length) throw reviewIncomplete(missing);
      return Promise.resolve({
        status: 'submitted',
        submittedBy: p.username,
        submittedAt: this.clock.now(),
        centerNote: null,
      });
    });
  }

  /** The center sends a reported form back to the department, saying why. */
  returnToDepartment(p: Principal, id: string, dto: ReturnReviewDto): Promise<ReviewResponse> {
    return this.transition(p, id, 'return', dto.version, () =>
      Promise.resolve({ status: 'draft', centerNote: dto.reason }),
    );
  }

  /** The center records the 综合评审 result; changing a recorded one needs a reason. */
  decide(p: Principal, id: string, dto: DecideReviewDto): Promise<ReviewResponse> {
    return this.transition(p, id, 'decide', dto.version, (_em, _reg, review) => {
      if (needsReason(review.status, 'decide') && !dto.reason) throw reasonRequired();
      return Promise.resolve({
        status: dto.result === 'pass' ? 'passed' : 'failed',
        decidedBy: p.username,
        decidedAt: this.clock.now(),
        centerNote: dto.reason ?? null,
      });
    });
  }

  /** 附件4 as a print-ready PDF, `copies` times (一式三份); every print is audited. */
  async pdf(p: Principal, id: string, copies: number): Promise<StreamableFile> {
    const reg = await this.candidate(p, id);
    const [review, gate] = await Promise.all([this.repo.findReview(reg.id), this.gateFor(reg)]);
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

  private async transition(
    p: Principal,
    id: string,
    action: Exclude<ReviewAction, 'save'>,
    version: number,
    change: (
      em: EntityManager,
      reg: RegistrationEntity,
      review: TechnicianReviewEntity,
      gate: GateAnswer,
    ) => Promise<Partial<TechnicianReviewEntity>>,
  ): Promise<ReviewResponse> {
    return this.uow.run(async (em) => {
      const reg = await this.candidate(p, id, em);
      await this.freeze.assertOpen(em, reg.sessionId);
      const gate = await this.gateFor(reg);
      const review = await this.repo.findReview(reg.id, em);
      if (!review) throw reviewNotOpen(gate.open ? '综合评审表尚未填写' : gate.reason);
      this.assertStep(review, action, version);
      const changes = await change(em, reg, review, gate);
      await this.update(em, review, {
        ...changes,
        updatedBy: p.username,
        updatedAt: this.clock.now(),
      });
      await this.record(
        em,
        p,
        reg.id,
        `technician-review.${action}`,
        review.status,
        changes.status!,
        changes.centerNote,
      );
      return this.view(p, reg, await this.repo.findReview(reg.id, em), gate);
    });
  }

  private assertStep(review: TechnicianReviewEntity, action: ReviewAction, version: number): void {
    if (!allowedFrom(review.status, action)) throw illegalReviewStep(review.status, action);
    if (review.version !== version) throw staleReview();
  }

  private async update(
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

  private record(
    em: EntityManager,
    p: Principal,
    registrationId: string,
    action: string,
    from: ReviewStatus | null,
    to: ReviewStatus,
    reason?: string | null,
  ): Promise<void> {
    return this.audit.record(em, actorOf(p), {
      action,
      entityType: 'registration',
      entityId: registrationId,
      before: from ? { reviewStatus: from } : null,
      after: { reviewStatus: to, ...(reason ? { reason } : {}) },
    });
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

  private async gateFor(reg: RegistrationEntity): Promise<GateAnswer> {
    return this.gate(reg, (await this.components.passedFor(reg.sessionId, [reg.id])).get(reg.id));
  }

  private gate(
    reg: RegistrationEntity,
    passed: { theory: boolean | null; practical: boolean | null } | undefined,
  ): GateAnswer {
    return reviewGate(
      { targetLevel: reg.targetLevel, mode: reg.mode, cancelled: reg.status === 'cancelled' },
      passed ?? { theory: null, practical: null },
    );
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
