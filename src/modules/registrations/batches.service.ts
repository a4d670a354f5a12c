import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { scopeCondition } from '../../common/auth/scope';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { skipOf, type Page } from '../../common/http/page.dto';
import type { ExamYearPageQueryDto } from '../exam-sessions/dto/exam-session.dto';
import { insertRows } from '../../database/insert-rows';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { DepartmentEntity } from '../organizations/entities/department.entity';
import { documentsRefusal } from './domain/registration-actions';
import type { DocumentGapResponse } from './dto/files.dto';
import type { BatchResponse, BulkResultResponse, SubmitBatchResponse } from './dto/review.dto';
import { DepartmentBatchEntity } from './entities/department-batch.entity';
import { RegistrationEntity } from './entities/registration.entity';
import { RequiredDocumentsService } from './required-documents.service';
import { result, ReviewService } from './review.service';

const batchNotFound = () =>
  new DomainError('not-found', 'BATCH_NOT_FOUND', '报送批次不存在或无权访问');

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

/** 三(二)3: the department reports its re-reviewed list to the center, which files it (备案). */
@Injectable()
export class BatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly review: ReviewService,
    private readonly documents: RequiredDocumentsService,
    private readonly sessions: ExamSessionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async submit(p: Principal, examYear?: number): Promise<SubmitBatchResponse> {
    if (p.scope.kind !== 'department') throw batchNotFound();
    const departmentId = p.scope.departmentId;
    const session = await this.sessions.resolve(examYear);
    return this.uow.run(async (em) => {
      const ids = (
        await em.getRepository(RegistrationEntity).find({
          select: { id: true },
          where: { sessionId: session.id, departmentId, status: 'department-approved' },
        })
      ).map((r) => r.id);
      if (!ids.length) {
        throw new DomainError(
          'conflict',
          'NOTHING_TO_SUBMIT',
          '没有“主管部门复审通过”待报送的报名',
        );
      }
      const rows = await this.review.load(p, em, ids);
      const documentGaps = await this.documents.gaps(rows, em);
      if (
        documentGaps.length &&
        documentsRefusal('submit-to-center', false, session.blockIncompleteDocuments)
      )
        throw documentsMissing(documentGaps);
      const batch = Object.assign(new DepartmentBatchEntity(), {
        id: randomUUID(),
        sessionId: session.id,
        departmentId,
        count: ids.length,
        status: 'submitted',
        submittedBy: p.username,
        submittedAt: this.clock.now(),
        acceptedBy: null,
        acceptedAt: null,
      });
      await insertRows(em, DepartmentBatchEntity, [batch]);
      await this.review.move(p, em, rows, 'submit-to-center', { batchId: batch.id }, null);
      await this.audit.record(em, actorOf(p), {
        action: 'batch.submit',
        entityType: 'department-batch',
        entityId: batch.id,
        after: { count: ids.length, year: session.year, incompleteDocuments: documentGaps.length },
      });
      return { ...(await this.views([batch]))[0], documentGaps };
    });
  }

  accept(p: Principal, id: string): Promise<BulkResultResponse> {
    return this.uow.run(async (em) => {
      const batch = await em.findOne(DepartmentBatchEntity, { where: { id } });
      if (!batch) throw batchNotFound();
      if (batch.status !== 'submitted') {
        throw new DomainError('conflict', 'BATCH_ALREADY_ACCEPTED', '该批次已备案');
      }
      const ids = (
        await em.getRepository(RegistrationEntity).find({
          select: { id: true },
          where: { batchId: id, status: 'department-submitted' },
        })
      ).map((r) => r.id);
      const rows = ids.length ? await this.review.load(p, em, ids) : [];
      if (rows.length) await this.review.move(p, em, rows, 'accept', {}, null);
      await em.update(
        DepartmentBatchEntity,
        { id, status: 'submitted' },
        {
          status: 'accepted',
          acceptedBy: p.username,
          acceptedAt: this.clock.now(),
        },
      );
      await this.audit.record(em, actorOf(p), {
        action: 'batch.accept',
        entityType: 'department-batch',
        entityId: id,
        after: { accepted: rows.length },
      });
      return rows.length
        ? result('accept', rows)
        : { action: '中心备案', count: 0, ids: [], status: '中心已备案', documentGaps: [] };
    });
  }

  async list(p: Principal, q: ExamYearPageQueryDto): Promise<Page<BatchResponse>> {
    const session = await this.sessions.resolve(q.examYear);
    const s = scopeCondition(p.scope, 'b', { departmentId: 'departmentId' });
    const [rows, total] = await this.dataSource
      .getRepository(DepartmentBatchEntity)
      .createQueryBuilder('b')
      .where(s.sql, s.params)
      .andWhere('b.sessionId = :sid', { sid: session.id })
      .orderBy('b.submittedAt', 'DESC')
      .addOrderBy('b.id', 'ASC')
      .skip(skipOf(q))
      .take(q.pageSize)
      .getManyAndCount();
    const items = await this.views(rows, session.year);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  private async views(rows: DepartmentBatchEntity[], year?: number): Promise<BatchResponse[]> {
    const ids = [...new Set(rows.map((b) => b.departmentId))];
    const depts = ids.length
      ? await this.dataSource.manager.findBy(DepartmentEntity, { id: In(ids) })
      : [];
    const names = new Map(depts.map((d) => [d.id, d.name]));
    const years = new Map<string, number>();
    for (const b of rows) {
      if (!years.has(b.sessionId))
        years.set(b.sessionId, year ?? (await this.sessions.byId(b.sessionId)).year);
    }
    return rows.map((b) => ({
      id: b.id,
      examYear: years.get(b.sessionId)!,
      departmentId: b.departmentId,
      departmentName: names.get(b.departmentId) ?? '',
      count: b.count,
      status: b.status,
      submittedBy: b.submittedBy,
      submittedAt: b.submittedAt.toISOString(),
      acceptedAt: b.acceptedAt ? b.acceptedAt.toISOString() : null,
    }));
  }
}
