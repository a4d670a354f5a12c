import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { BatchRepository } from './batch.repository';
import { BatchViews } from './batch-views';
import {
  BATCH_ACTION_NAMES,
  BATCH_STATUS_NAMES,
  batchAllowedActions,
  batchTransition,
  illegalBatchStepMessage,
  type BatchAction,
  type BatchStatus,
} from './domain/batch-status';
import { ACTION_NAMES, STATUS_NAMES, type Action } from './domain/registration-status';
import { skipOf, type Page } from '../../common/http/page.dto';
import type { ExamYearPageQueryDto } from '../exam-sessions/dto/exam-session.dto';
import { documentsRefusal } from './domain/registration-actions';
import type { DocumentGapResponse } from './dto/files.dto';
import type {
  BatchDetailResponse,
  BatchResponse,
  BulkResultResponse,
  SubmitBatchResponse,
} from './dto/review.dto';
import { RequiredDocumentsService } from './required-documents.service';
import { DepartmentBatchEntity } from './entities/department-batch.entity';
import type { RegistrationEntity } from './entities/registration.entity';
import { result, ReviewService } from './review.service';

export const batchNotFound = () =>
  new DomainError('not-found', 'BATCH_NOT_FOUND', '报送批次不存在或无权访问');

/** 409 naming the batch's state and what it allows. */
const illegalBatchStep = (from: BatchStatus, action: BatchAction) =>
  new DomainError('conflict', 'ILLEGAL_STATE_TRANSITION', illegalBatchStepMessage(from, action), [
    { field: 'status', code: 'CURRENT_STATUS', message: BATCH_STATUS_NAMES[from] },
    ...batchAllowedActions(from).map((a) => ({
      field: 'allowedActions',
      code: a,
      message: BATCH_ACTION_NAMES[a],
    })),
  ]);

const staleBatch = () =>
  new DomainError('conflict', 'VERSION_CONFLICT', '该报送批次已被他人处理，请刷新后再试');

/** 三(二)2(2)(3), when the center requires complete papers: 422 naming each gap. */
const documentsMissing = (gaps: DocumentGapResponse[]) =>
  new DomainError(
    'unprocessable',
    'DOCUMENTS_MISSING',
    `${gaps.length} 条报名规定材料不全，本年度须材料齐全方可报送市就业和人才服务中心，未报送任何报名`,
    gaps.map((g) => ({
      field: g.id,
      code: 'DOCUMENTS_MISSING',
      message: `${g.name}：缺少${g.missing.join('、')}`,
    })),
  );

/** What each batch step does to the registrations still reported in it. */
const MEMBER_STEP: Record<BatchAction, Action> = { accept: 'accept', return: 'center-return' };

/**
 * 三(二)3: the department reports its re-reviewed list to the center, which files it
 * (备案) or returns it with a reason; returned registrations are back in the
 * department's re-review, to fix (or return to their unit) and report again.
 */
@Injectable()
export class BatchesService {
  constructor(
    private readonly batches: BatchRepository,
    private readonly views: BatchViews,
    private readonly review: ReviewService,
    private readonly sessions: ExamSessionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly documents: RequiredDocumentsService,
  ) {}

  async submit(p: Principal, examYear?: number): Promise<SubmitBatchResponse> {
    if (p.scope.kind !== 'department') throw batchNotFound();
    const departmentId = p.scope.departmentId;
    const session = await this.sessions.resolve(examYear);
    const batch = await this.uow.run(async (em) => {
      const ids = await this.batches.approvedIds(em, session.id, departmentId);
      if (!ids.length) {
        throw new DomainError(
          'conflict',
          'NOTHING_TO_SUBMIT',
          '没有“主管部门复审通过”待报送的报名',
        );
      }
      const b = Object.assign(new DepartmentBatchEntity(), {
        id: randomUUID(),
        sessionId: session.id,
        departmentId,
        count: ids.length,
        status: 'submitted',
        submittedBy: p.username,
        submittedAt: this.clock.now(),
        acceptedBy: null,
        acceptedAt: null,
        returnedBy: null,
        returnedAt: null,
        returnReason: null,
      });
      const rows = await this.review.load(p, em, ids);
      const documentGaps = await this.documents.gaps(rows, em);
      if (
        documentGaps.length &&
        documentsRefusal('submit-to-center', false, session.blockIncompleteDocuments)
      )
        throw documentsMissing(documentGaps);
      await this.batches.insert(em, b);
      await this.review.move(p, em, rows, 'submit-to-center', { batchId: b.id }, null);
      await this.audit.record(em, actorOf(p), {
        action: 'batch.submit',
        entityType: 'department-batch',
        entityId: b.id,
        after: { count: ids.length, year: session.year, incompleteDocuments: documentGaps.length },
      });
      return { b, documentGaps };
    });
    return { ...(await this.views.many(p, [batch.b]))[0], documentGaps: batch.documentGaps };
  }

  /** 备案: every registration still reported in the batch is filed. */
  async accept(p: Principal, id: string): Promise<BulkResultResponse> {
    const { rows } = await this.step(p, id, 'accept', null, (now) => ({
      acceptedBy: p.username,
      acceptedAt: now,
    }));
    return rows.length
      ? result('accept', rows)
      : {
          action: ACTION_NAMES.accept,
          count: 0,
          ids: [],
          status: STATUS_NAMES.accepted,
          documentGaps: [],
        };
  }

  /** Back to the department with a reason (三(二)3 复审结果反馈); its registrations return to re-review. */
  async returnToDepartment(p: Principal, id: string, reason: string): Promise<BatchResponse> {
    const { batch } = await this.step(p, id, 'return', reason, (now) => ({
      returnedBy: p.username,
      returnedAt: now,
      returnReason: reason,
    }));
    return (await this.views.many(p, [batch]))[0];
  }

  async list(p: Principal, q: ExamYearPageQueryDto): Promise<Page<BatchResponse>> {
    const session = await this.sessions.resolve(q.examYear);
    const [rows, total] = await this.batches.list(p.scope, session.id, {
      skip: skipOf(q),
      take: q.pageSize,
    });
    return { items: await this.views.many(p, rows), total, page: q.page, pageSize: q.pageSize };
  }

  /** Who is in the batch, per unit, with counts. */
  async detail(p: Principal, id: string): Promise<BatchDetailResponse> {
    const batch = await this.require(p, id);
    return this.views.detail(p, batch, await this.batches.members(batch.id));
  }

  /** The batch in the caller's scope, or 404. */
  async require(p: Principal, id: string, em?: EntityManager): Promise<DepartmentBatchEntity> {
    const batch = await this.batches.findScoped(p.scope, id, em);
    if (!batch) throw batchNotFound();
    return batch;
  }

  private async step(
    p: Principal,
    id: string,
    action: BatchAction,
    reason: string | null,
    stamp: (now: Date) => Partial<DepartmentBatchEntity>,
  ): Promise<{ batch: DepartmentBatchEntity; rows: RegistrationEntity[] }> {
    return this.uow.run(async (em) => {
      const b = await this.require(p, id, em);
      const next = batchTransition(b.status, action);
      if (!next.ok) throw illegalBatchStep(b.status, action);
      const rows = await this.reported(em, b.id);
      const changes = action === 'return' ? { statusReason: `中心退回：${reason}` } : {};
      if (rows.length) await this.review.move(p, em, rows, MEMBER_STEP[action], changes, reason);
      const moved = { status: next.to, ...stamp(this.clock.now()) };
      if ((await this.batches.move(em, b.id, b.status, moved)) !== 1) throw staleBatch();
      await this.audit.record(em, actorOf(p), {
        action: `batch.${action}`,
        entityType: 'department-batch',
        entityId: b.id,
        before: { status: b.status },
        after: reason
          ? { status: next.to, reason, registrations: rows.length }
          : { status: next.to, registrations: rows.length },
      });
      return { batch: Object.assign(new DepartmentBatchEntity(), b, moved), rows };
    });
  }

  /** Members still as the department reported them (cancelled ones stay cancelled). */
  private async reported(em: EntityManager, batchId: string): Promise<RegistrationEntity[]> {
    const members = await this.batches.members(batchId, em);
    return members.filter((r) => r.status === 'department-submitted');
  }
}
