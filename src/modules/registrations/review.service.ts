import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import { DomainError } from '../../common/errors/domain-error';
import { ResultsFreeze } from '../certificates/freeze/results-freeze';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { publishedRows, type PublicitySnapshot } from './domain/publicity-snapshot';
import { publicityRefusal } from './domain/registration-actions';
import { ACTION_NAMES, STATUS_NAMES, transition, type Action } from './domain/registration-status';
import type { DocumentGapResponse } from './dto/files.dto';
import type {
  BulkResultResponse,
  ReviewDto,
  StartPublicityDto,
  UnitReviewDto,
} from './dto/review.dto';
import { ObjectionEntity } from './entities/objection.entity';
import { PublicityEntity } from './entities/publicity.entity';
import type { RegistrationEntity } from './entities/registration.entity';
import { PublicityRepository } from './publicity.repository';
import {
  illegalStep,
  illegalSteps,
  registrationNotFound,
  staleVersion,
} from './registrations.errors';
import { RegistrationsRepository } from './registrations.repository';
import { RequiredDocumentsService } from './required-documents.service';

const reasonRequired = () =>
  new DomainError('validation', 'VALIDATION_FAILED', '退回须填写原因', [
    { field: 'reason', code: 'isDefined', message: 'reason：退回时必填' },
  ]);

/**
 * The review of 三(二): unit review, publicity and objections, submission to
 * the department, department re-review, cancellation. Each step moves a list
 * of registrations all at once or not at all, and audits every one.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly publicities: PublicityRepository,
    private readonly sessions: ExamSessionsService,
    private readonly calendar: CalendarService,
    private readonly organizations: OrganizationsService,
    private readonly documents: RequiredDocumentsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly freeze: ResultsFreeze,
  ) {}

  /** Unit qualification review; approving attests 二(一) (conduct and appraisal). */
  unitReview(p: Principal, dto: UnitReviewDto): Promise<BulkResultResponse> {
    if (dto.decision === 'approve' && dto.conductAttested !== true) {
      throw new DomainError(
        'validation',
        'CONDUCT_NOT_ATTESTED',
        '审核通过须确认申报人符合二(一)的条件',
        [
          {
            field: 'conductAttested',
            code: 'isTrue',
            message: 'conductAttested：须确认遵纪守法、职业道德与考核合格（二(一)）',
          },
        ],
      );
    }
    return this.decide(p, dto, 'unit-approve', 'unit-return');
  }

  departmentReview(p: Principal, dto: ReviewDto): Promise<BulkResultResponse> {
    return this.decide(p, dto, 'department-approve', 'department-return');
  }

  private decide(
    p: Principal,
    dto: ReviewDto,
    approve: Action,
    back: Action,
  ): Promise<BulkResultResponse> {
    if (dto.decision === 'return' && !dto.reason) throw reasonRequired();
    const action = dto.decision === 'approve' ? approve : back;
    return this.uow.run(async (em) => {
      const rows = await this.load(p, em, dto.ids);
      const reason = dto.decision === 'return' ? dto.reason! : null;
      await this.move(p, em, rows, action, { statusReason: reason }, reason);
      return result(action, rows, await this.documents.gaps(rows, em));
    });
  }

  /** 三(二)2: the unit publishes its approved applicants for N working days. */
  async startPublicity(p: Principal, dto: StartPublicityDto) {
    if (p.scope.kind !== 'unit') throw illegalStep('registered', 'start-publicity');
    const { unitId, departmentId } = p.scope;
    const session = await this.sessions.resolve(dto.examYear);
    const today = chinaDateOf(this.clock.now());
    const startDate = dto.startDate ?? today;
    if (startDate < today) {
      throw new DomainError('validation', 'VALIDATION_FAILED', '公示开始日期不能早于今天', [
        { field: 'startDate', code: 'DATE_IN_PAST', message: 'startDate：不能早于今天' },
      ]);
    }
    const endDate = await this.calendar.workingDaysEnd(startDate, session.publicityWorkingDays);
    return this.uow.run(async (em) => {
      const ids =
        dto.registrationIds ?? (await this.publicities.approvedIds(em, session.id, unitId));
      if (ids.length === 0) {
        throw new DomainError(
          'conflict',
          'NOTHING_TO_PUBLICIZE',
          '本单位没有“单位审核通过”待公示的报名',
        );
      }
      const rows = await this.load(p, em, ids);
      const unit = await this.organizations.requireUnit(p.scope, unitId, em);
      const department = await this.organizations.requireDepartment(p.scope, departmentId, em);
      // What is published is frozen now: the list prints it, whatever happens later.
      const snapshot: PublicitySnapshot = {
        unitName: unit.name,
        departmentName: department.name,
        contactPerson: dto.contactPerson ?? null,
        contactPhone: dto.contactPhone ?? null,
        rows: publishedRows(rows),
      };
      const publicity = Object.assign(new PublicityEntity(), {
        id: randomUUID(),
        sessionId: session.id,
        departmentId,
        unitId,
        startDate,
        endDate,
        workingDays: session.publicityWorkingDays,
        createdBy: p.username,
        createdAt: this.clock.now(),
        snapshot,
      });
      await this.publicities.insert(em, publicity);
      await this.move(
        p,
        em,
        rows,
        'start-publicity',
        { publicityId: publicity.id, statusReason: null },
        null,
      );
      await this.audit.record(em, actorOf(p), {
        action: 'publicity.start',
        entityType: 'publicity',
        entityId: publicity.id,
        after: { startDate, endDate, workingDays: publicity.workingDays, count: rows.length },
      });
      return { publicity, count: rows.length, year: session.year };
    });
  }

  /** An objection during publicity sends the registration back to its unit. */
  object(p: Principal, id: string, reason: string): Promise<BulkResultResponse> {
    return this.uow.run(async (em) => {
      const [r] = await this.load(p, em, [id]);
      if (r.status !== 'in-publicity') throw illegalStep(r.status, 'object');
      const pub = await this.publicities.find(em, r.publicityId);
      const ended = publicityRefusal('object', pub?.endDate ?? null, chinaDateOf(this.clock.now()));
      if (ended) throw new DomainError('conflict', ended.code, ended.message);
      await this.publicities.insertObjection(
        em,
        Object.assign(new ObjectionEntity(), {
          id: randomUUID(),
          registrationId: r.id,
          publicityId: r.publicityId,
          reason,
          recordedBy: p.username,
          recordedAt: this.clock.now(),
        }),
      );
      await this.move(
        p,
        em,
        [r],
        'object',
        { statusReason: `公示异议：${reason}`, publicityId: null },
        reason,
      );
      return result('object', [r]);
    });
  }

  /** After the publicity's last day, with no objection upheld, the unit reports to its department. */
  submitToDepartment(p: Principal, ids: string[]): Promise<BulkResultResponse> {
    return this.uow.run(async (em) => {
      const rows = await this.load(p, em, ids);
      const today = chinaDateOf(this.clock.now());
      const pubs = await this.publicities.findMany(
        em,
        rows.map((r) => r.publicityId),
      );
      const early = rows.flatMap((r) => {
        const end = pubs.get(r.publicityId ?? '')?.endDate ?? null;
        const refusal = publicityRefusal('submit-to-department', end, today);
        return refusal ? [{ r, refusal }] : [];
      });
      if (early.length) {
        throw new DomainError(
          'conflict',
          'PUBLICITY_NOT_ENDED',
          `${early.length} 条报名的公示期尚未结束，公示期满后方可报送主管部门`,
          early.map(({ r, refusal }) => ({
            field: r.id,
            code: refusal.code,
            message: `${r.name}：${refusal.message}`,
          })),
        );
      }
      await this.move(p, em, rows, 'submit-to-department', { statusReason: null }, null);
      return result('submit-to-department', rows, await this.documents.gaps(rows, em));
    });
  }

  /** 七(三): the center cancels qualification (and later scores) where fraud is found. */
  cancel(p: Principal, id: string, reason: string): Promise<BulkResultResponse> {
    return this.uow.run(async (em) => {
      const rows = await this.load(p, em, [id]);
      for (const r of rows) await this.freeze.assertOpen(em, r.sessionId);
      await this.move(p, em, rows, 'cancel', { statusReason: reason }, reason);
      return result('cancel', rows);
    });
  }

  /** The rows in the caller's scope; any id outside it answers 404 for the whole request. */
  async load(p: Principal, em: EntityManager, ids: string[]): Promise<RegistrationEntity[]> {
    const rows = await this.repo.findMany(p.scope, ids, em);
    if (rows.length !== ids.length) throw registrationNotFound();
    return rows;
  }

  /** Moves every row or none; a row changed meanwhile makes the whole step fail (409). */
  async move(
    p: Principal,
    em: EntityManager,
    rows: RegistrationEntity[],
    action: Action,
    changes: Partial<RegistrationEntity>,
    reason: string | null,
  ): Promise<void> {
    const illegal = rows.filter((r) => !transition(r.status, action).ok);
    if (illegal.length) throw illegalSteps(action, illegal);
    const to = (transition(rows[0].status, action) as { to: RegistrationEntity['status'] }).to;
    const from = [...new Set(rows.map((r) => r.status))];
    const ids = rows.map((r) => r.id);
    const affected = await this.repo.moveStatus(em, ids, from, {
      ...changes,
      status: to,
      updatedAt: this.clock.now(),
    });
    if (affected !== rows.length) throw staleVersion();
    await this.audit.recordMany(
      em,
      actorOf(p),
      rows.map((r) => ({
        action: `registration.${action}`,
        entityType: 'registration',
        entityId: r.id,
        before: { status: r.status },
        after: reason ? { status: to, reason } : { status: to },
      })),
    );
  }
}

export function result(
  action: Action,
  rows: RegistrationEntity[],
  documentGaps: DocumentGapResponse[] = [],
): BulkResultResponse {
  const to = transition(rows[0].status, action);
  const status = to.ok && to.to ? to.to : rows[0].status;
  return {
    action: ACTION_NAMES[action],
    count: rows.length,
    ids: rows.map((r) => r.id),
    status: STATUS_NAMES[status],
    documentGaps,
  };
}
