import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { OrganizationsService } from '../organizations/organizations.service';
import {
  demoSeparation,
  effectiveRegistrationEnd,
  registrationWindow,
  type WindowCheck,
} from './domain/registration-window';
import type { ExtensionDto, ExtensionResponse, RegistrationWindowResponse } from './dto/review.dto';
import { RegistrationExtensionEntity } from './entities/registration-extension.entity';
import { windowClosed } from './registrations.errors';

const CENTER = { kind: 'center' } as const;

/** The registration window of 三(一) and the center's per-department extensions. */
@Injectable()
export class RegistrationWindowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: ExamSessionsService,
    private readonly organizations: OrganizationsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async assertOpen(
    session: ExamSessionEntity,
    departmentId: string,
    em?: EntityManager,
  ): Promise<void> {
    const dept = await this.organizations.requireDepartment(CENTER, departmentId, em);
    const separated = demoSeparation(session.isDemo, dept.isDemo);
    if (separated) throw new DomainError('forbidden', 'DEMO_SEPARATION', separated);
    const check = (await this.checks(session, [departmentId], em)).get(departmentId)!;
    if (!check.open) throw windowClosed(check.message);
  }

  /** Whether registration is open now for each department (its extension counted). */
  async openFor(
    session: ExamSessionEntity,
    departmentIds: string[],
  ): Promise<Map<string, boolean>> {
    const checks = await this.checks(session, departmentIds);
    return new Map([...checks].map(([id, c]) => [id, c.open]));
  }

  /** The caller's window: its department's extension counted (the center and graders: the session's). */
  async forCaller(p: Principal, examYear?: number): Promise<RegistrationWindowResponse> {
    const session = await this.sessions.resolve(examYear);
    const departmentId =
      p.scope.kind === 'department' || p.scope.kind === 'unit' ? p.scope.departmentId : null;
    const ext = departmentId
      ? await this.dataSource.manager.findOneBy(RegistrationExtensionEntity, {
          sessionId: session.id,
          departmentId,
        })
      : null;
    const window = { start: session.registrationStart, end: session.registrationEnd };
    const until = ext?.untilDate ?? null;
    const check = registrationWindow(this.clock.now(), window, until);
    const end = effectiveRegistrationEnd(window, until);
    return {
      examYear: session.year,
      start: window.start,
      end,
      extended: end !== window.end,
      open: check.open,
      message: check.message,
    };
  }

  private async checks(
    session: ExamSessionEntity,
    departmentIds: string[],
    em?: EntityManager,
  ): Promise<Map<string, WindowCheck>> {
    const ids = [...new Set(departmentIds)];
    const extensions = ids.length
      ? await (em ?? this.dataSource.manager).findBy(RegistrationExtensionEntity, {
          sessionId: session.id,
          departmentId: In(ids),
        })
      : [];
    const until = new Map(extensions.map((e) => [e.departmentId, e.untilDate]));
    const now = this.clock.now();
    const window = { start: session.registrationStart, end: session.registrationEnd };
    return new Map(ids.map((id) => [id, registrationWindow(now, window, until.get(id) ?? null)]));
  }

  async extend(p: Principal, departmentId: string, dto: ExtensionDto): Promise<ExtensionResponse> {
    return this.uow.run(async (em) => {
      const session = await this.sessions.resolve(dto.examYear, em);
      const dept = await this.organizations.requireDepartment(CENTER, departmentId, em);
      const repo = em.getRepository(RegistrationExtensionEntity);
      const before = await repo.findOne({ where: { sessionId: session.id, departmentId } });
      const row = Object.assign(new RegistrationExtensionEntity(), {
        id: before?.id ?? randomUUID(),
        sessionId: session.id,
        departmentId,
        untilDate: dto.untilDate,
        reason: dto.reason,
        createdBy: p.username,
        createdAt: this.clock.now(),
      });
      await repo.upsert(row, ['sessionId', 'departmentId']);
      await this.audit.record(em, actorOf(p), {
        action: 'registration-window.extend',
        entityType: 'department',
        entityId: departmentId,
        before: before ? { untilDate: before.untilDate, reason: before.reason } : null,
        after: { year: session.year, untilDate: dto.untilDate, reason: dto.reason },
      });
      return {
        departmentId,
        departmentName: dept.name,
        examYear: session.year,
        untilDate: dto.untilDate,
        reason: dto.reason,
      };
    });
  }
}
