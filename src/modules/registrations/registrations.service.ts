import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import type { PageQuery } from '../../common/http/page.dto';
import { isUniqueViolation } from '../../database/db-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditQueryService } from '../audit/audit.query.service';
import { actorOf, AuditService } from '../audit/audit.service';
import type { AuditPageResponse } from '../audit/dto/audit.dto';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { normalizeIdNumber } from './domain/id-card';
import { applyPatch, type RegistrationInput } from './domain/registration-input';
import { inputOf, inputOfEntity, patchOf } from './registration-input.mapper';
import { transition } from './domain/registration-status';
import type {
  CreateRegistrationDto,
  FullIdNumberResponse,
  RegistrationPageResponse,
  RegistrationQueryDto,
  RegistrationResponse,
  UpdateRegistrationDto,
} from './dto/registration.dto';
import { RegistrationEntity } from './entities/registration.entity';
import { RegistrationAssessor } from './registration-assessor';
import { DuplicateProbesService } from './duplicate-probes.service';
import { LedgerLookupsService } from './ledger-lookups.service';
import { RegistrationViews } from './registration-views';
import {
  alreadyRegistered,
  alreadyRegisteredHere,
  illegalStep,
  invalidPerson,
  ledgerMismatch,
  notEligible,
  registrationNotFound,
  roleCannot,
  staleVersion,
} from './registrations.errors';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationWindowService } from './registration-window.service';

/** Registrations as units enter them: create, correct, withdraw, read. */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly sessions: ExamSessionsService,
    private readonly organizations: OrganizationsService,
    private readonly assessor: RegistrationAssessor,
    private readonly window: RegistrationWindowService,
    private readonly views: RegistrationViews,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly auditLog: AuditQueryService,
    private readonly clock: Clock,
    private readonly probes: DuplicateProbesService,
    private readonly ledgerLookups: LedgerLookupsService,
  ) {}

  async create(p: Principal, dto: CreateRegistrationDto): Promise<RegistrationResponse> {
    if (p.scope.kind !== 'unit') throw roleCannot('报名');
    const { unitId, departmentId } = p.scope;
    const session = await this.sessions.resolve(dto.examYear);
    await this.window.assertOpen(session, departmentId);
    await this.probes.guard(p);
    const fields = await this.assessOrThrow(p, session, inputOf(dto));
    await this.refuseDuplicate(p, session.id, fields.idNumber);
    const saved = await this.write(() =>
      this.uow.run(async (em) => {
        await this.organizations.requireUnit(p.scope, unitId, em);
        if (await this.repo.registeredUnitOf(session.id, fields.idNumber, em))
          throw alreadyRegistered();
        const now = this.clock.now();
        const r = Object.assign(new RegistrationEntity(), fields, {
          ...NEW_REGISTRATION,
          id: randomUUID(),
          sessionId: session.id,
          departmentId,
          unitId,
          createdBy: p.username,
          createdAt: now,
          updatedAt: now,
        });
        await this.repo.insert(em, [r]);
        await this.audit.record(em, actorOf(p), {
          action: 'registration.create',
          entityType: 'registration',
          entityId: r.id,
          after: auditView(r),
        });
        return r;
      }),
    );
    return this.views.one(p, saved, session);
  }

  async update(
    p: Principal,
    id: string,
    dto: UpdateRegistrationDto,
  ): Promise<RegistrationResponse> {
    const current = await this.repo.findOne(p.scope, id);
    if (!current) throw registrationNotFound();
    const session = await this.sessionOf(current);
    await this.window.assertOpen(session, current.departmentId);
    const step = transition(current.status, 'update');
    if (!step.ok) throw illegalStep(current.status, 'update');
    // The merged record is checked as a whole: eligibility may turn on a field not sent.
    const merged = applyPatch(inputOfEntity(current), patchOf(dto));
    const fields = await this.assessOrThrow(p, session, merged);
    const personChanged = fields.idNumber !== current.idNumber;
    if (personChanged) {
      await this.probes.guard(p);
      await this.refuseDuplicate(p, session.id, fields.idNumber, id);
    }
    const saved = await this.write(() =>
      this.uow.run(async (em) => {
        if (
          personChanged &&
          (await this.repo.registeredUnitOf(session.id, fields.idNumber, em, id))
        )
          throw alreadyRegistered();
        const changes = {
          ...fields,
          status: step.to!,
          statusReason: null,
          updatedAt: this.clock.now(),
        };
        if ((await this.repo.updateIfVersion(em, id, dto.version, changes)) === 0)
          throw staleVersion();
        await this.audit.record(em, actorOf(p), {
          action: 'registration.update',
          entityType: 'registration',
          entityId: id,
          before: auditView(current),
          after: auditView({ ...current, ...changes }),
        });
        return Object.assign(new RegistrationEntity(), current, changes, {
          version: dto.version + 1,
        });
      }),
    );
    return this.views.one(p, saved, session);
  }

  async withdraw(p: Principal, id: string): Promise<void> {
    await this.uow.run(async (em) => {
      const r = await this.repo.findOne(p.scope, id, em);
      if (!r) throw registrationNotFound();
      if (!transition(r.status, 'withdraw').ok) throw illegalStep(r.status, 'withdraw');
      await this.repo.delete(em, r.id);
      await this.audit.record(em, actorOf(p), {
        action: 'registration.withdraw',
        entityType: 'registration',
        entityId: r.id,
        before: auditView(r),
      });
    });
  }

  async get(p: Principal, id: string): Promise<RegistrationResponse> {
    const r = await this.repo.findOne(p.scope, id);
    if (!r) throw registrationNotFound();
    return this.views.one(p, r, await this.sessionOf(r));
  }

  async list(p: Principal, q: RegistrationQueryDto): Promise<RegistrationPageResponse> {
    const session = await this.sessions.resolve(q.examYear);
    const [rows, total] = await this.repo.list(p.scope, { ...q, sessionId: session.id });
    return {
      items: await this.views.many(p, rows, session),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /** What happened to a registration, step by step, for whoever may see it. */
  async history(p: Principal, id: string, q: PageQuery): Promise<AuditPageResponse> {
    if (!(await this.repo.findOne(p.scope, id))) throw registrationNotFound();
    const query = { entityType: 'registration', entityId: id, page: q.page, pageSize: q.pageSize };
    const page = await this.auditLog.search(query);
    if (p.scope.kind === 'center') return page;
    // Where others acted from is the center's business, not the unit's.
    return { ...page, items: page.items.map((e) => ({ ...e, ip: '', requestId: null })) };
  }

  /** The full ID number, for the center only; every look is audited (security-checklist #9). */
  async fullIdNumber(p: Principal, id: string): Promise<FullIdNumberResponse> {
    return this.uow.run(async (em) => {
      const r = await this.repo.findOne(p.scope, id, em);
      if (!r) throw registrationNotFound();
      await this.audit.record(em, actorOf(p), {
        action: 'registration.view-id-number',
        entityType: 'registration',
        entityId: r.id,
      });
      return { id: r.id, idNumber: r.idNumber };
    });
  }

  private async assessOrThrow(p: Principal, session: ExamSessionEntity, input: RegistrationInput) {
    const a = await this.assessor.assess(session, input);
    if (a.ok) return a.fields;
    if (a.ledgerMismatch) {
      // The refusal names the recorded holding: an answer from the ledger, counted as one.
      await this.ledgerLookups.admit(p, [normalizeIdNumber(input.idNumber)], 'ledger-mismatch');
      throw ledgerMismatch(a.problems);
    }
    if (a.refusal) throw notEligible(a.refusal);
    throw invalidPerson(a.problems.map((x) => ({ ...x, message: `${x.field}：${x.message}` })));
  }

  /**
   * 同一人每年度只能报名一次. Whether another unit registered the person is
   * counted, audited and bounded per account (issue 8, finding 6); one's
   * own unit's registration is no secret. The check inside the write
   * transaction stays, for a concurrent registration.
   */
  private async refuseDuplicate(
    p: Principal,
    sessionId: string,
    idNumber: string,
    exceptId?: string,
  ): Promise<void> {
    const unit = await this.repo.registeredUnitOf(sessionId, idNumber, undefined, exceptId);
    if (unit === null) return;
    if (p.scope.kind === 'unit' && unit === p.scope.unitId) throw alreadyRegisteredHere();
    await this.probes.admit(p, 1, 'form');
    throw alreadyRegistered();
  }

  private async sessionOf(r: RegistrationEntity, em?: EntityManager): Promise<ExamSessionEntity> {
    return this.sessions.byId(r.sessionId, em);
  }

  private async write<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (isUniqueViolation(e)) throw alreadyRegistered();
      throw e;
    }
  }
}

/** The review fields of a registration that has just been entered. */
export const NEW_REGISTRATION = {
  status: 'registered',
  statusReason: null,
  publicityId: null,
  batchId: null,
  photoFileId: null,
  version: 1,
} as const;

/** What the audit trail keeps of a registration: no full ID number. */
export function auditView(r: RegistrationEntity) {
  return {
    name: r.name,
    idNumber: `${r.idNumber.slice(0, 4)}…${r.idNumber.slice(-4)}`,
    targetOccupation: r.targetOccupation,
    targetLevel: r.targetLevel,
    route: r.route,
    status: r.status,
  };
}
