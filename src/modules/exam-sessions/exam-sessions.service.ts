import { Injectable } from '@nestjs/common';
import { pageOf, type Page, type PageQuery } from '../../common/http/page.dto';
import { definedOnly } from '../../common/objects/defined-only';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { sessionProblems } from './domain/session-rules-check';
import type { ExamSessionResponse, UpdateExamSessionDto } from './dto/exam-session.dto';
import { ExamSessionEntity } from './entities/exam-session.entity';
import { invalidSession, sessionNotFound } from './exam-sessions.errors';
import { toSessionResponse } from './exam-sessions.mapper';
import { ExamSessionsRepository } from './exam-sessions.repository';

/** Exam sessions: which one applies, their dates and rules. */
@Injectable()
export class ExamSessionsService {
  constructor(
    private readonly repo: ExamSessionsRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The session of `year`, or the current one when no year is given. */
  async resolve(year?: number, em?: EntityManager): Promise<ExamSessionEntity> {
    const s =
      year === undefined ? await this.repo.findCurrent(em) : await this.repo.findByYear(year, em);
    if (!s) throw sessionNotFound(year);
    return s;
  }

  async byId(id: string, em?: EntityManager): Promise<ExamSessionEntity> {
    const s = await this.repo.findById(id, em);
    if (!s) throw sessionNotFound();
    return s;
  }

  findByYear(year: number, em?: EntityManager): Promise<ExamSessionEntity | null> {
    return this.repo.findByYear(year, em);
  }

  async list(q: PageQuery): Promise<Page<ExamSessionResponse>> {
    return pageOf((await this.repo.list()).map(toSessionResponse), q);
  }

  async get(year: number): Promise<ExamSessionResponse> {
    return toSessionResponse(await this.resolve(year));
  }

  /** Checks a session's dates and rules, throwing 400 with every problem. */
  check(s: ExamSessionEntity): void {
    const problems = sessionProblems(s);
    if (problems.length) throw invalidSession(problems);
  }

  async insert(em: EntityManager, s: ExamSessionEntity): Promise<void> {
    this.check(s);
    if (s.isCurrent) await this.repo.clearCurrent(em);
    await this.repo.insert(em, s);
  }

  update(p: Principal, year: number, dto: UpdateExamSessionDto): Promise<ExamSessionResponse> {
    return this.uow.run(async (em) => {
      const s = await this.resolve(year, em);
      const changes = definedOnly(dto);
      const next = Object.assign(new ExamSessionEntity(), s, changes, {
        updatedAt: this.clock.now(),
      });
      this.check(next);
      await this.repo.update(em, s.id, { ...changes, updatedAt: next.updatedAt });
      await this.audit.record(em, actorOf(p), {
        action: 'exam-session.update',
        entityType: 'exam-session',
        entityId: s.id,
        before: pick(s, Object.keys(changes)),
        after: changes,
      });
      return toSessionResponse(next);
    });
  }

  makeCurrent(p: Principal, year: number): Promise<ExamSessionResponse> {
    return this.uow.run(async (em) => {
      const s = await this.resolve(year, em);
      const previous = await this.repo.findCurrent(em);
      await this.repo.clearCurrent(em);
      await this.repo.update(em, s.id, { isCurrent: true, updatedAt: this.clock.now() });
      await this.audit.record(em, actorOf(p), {
        action: 'exam-session.make-current',
        entityType: 'exam-session',
        entityId: s.id,
        before: { currentYear: previous?.year ?? null },
        after: { currentYear: s.year },
      });
      return toSessionResponse({ ...s, isCurrent: true });
    });
  }
}

function pick(o: object, keys: string[]): Record<string, unknown> {
  const src = o as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, src[k]]));
}
