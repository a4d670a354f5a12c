import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { pageOf, type Page } from '../../common/http/page.dto';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { insertRows } from '../../database/insert-rows';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { CatalogService } from '../catalog/catalog.service';
import type { ExamYearPageQueryDto } from '../exam-sessions/dto/exam-session.dto';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { COMPONENT_NAMES } from './domain/component-names';
import { chinaDateOf } from '../../common/dates/date-only';
import { sittingConflict, sittingDateProblems, sittingProblems } from './domain/sitting-checks';
import type { SittingDto, SittingResponse } from './dto/scheduling.dto';
import { ScheduleStateEntity } from './entities/schedule-state.entity';
import { SittingEntity } from './entities/sitting.entity';
import { VenueEntity } from './entities/venue.entity';
import { scheduleLocked, sittingNotFound, unprocessable, venueNotFound } from './scheduling.errors';

export { COMPONENT_NAMES };

/** Refusal of a sitting that clashes with `other` (see sittingConflict). */
function conflictError(kind: 'overlap' | 'duplicate', other: SittingEntity): DomainError {
  const what = `${other.paperCategory}${COMPONENT_NAMES[other.component]}（${other.date} ${other.startTime}—${other.endTime}）`;
  if (kind === 'duplicate') {
    return new DomainError(
      'conflict',
      'SITTING_EXISTS',
      `同一考点同一时间已有${what}场次，请修改该场次`,
    );
  }
  return unprocessable(
    'SITTING_OVERLAP',
    `与${what}时间重叠：同一考生须参加本类别的理论考试和实际操作考核，两者不能同时进行`,
  );
}

/**
 * The center's timetable (五): per paper category and component one or more sittings (a large
 * category may be split across venues or days), each with a date, time and venue.
 */
@Injectable()
export class SittingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: ExamSessionsService,
    private readonly catalog: CatalogService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(q: ExamYearPageQueryDto): Promise<Page<SittingResponse>> {
    const session = await this.sessions.resolve(q.examYear);
    return pageOf(await this.views(session, await this.ofSession(session.id)), q);
  }

  ofSession(sessionId: string, em?: EntityManager): Promise<SittingEntity[]> {
    return (em ?? this.dataSource.manager).find(SittingEntity, {
      where: { sessionId },
      order: { date: 'ASC', startTime: 'ASC', paperCategory: 'ASC' },
    });
  }

  create(p: Principal, dto: SittingDto): Promise<SittingResponse> {
    return this.save(p, null, dto);
  }

  update(p: Principal, id: string, dto: SittingDto): Promise<SittingResponse> {
    return this.save(p, id, dto);
  }

  private async save(p: Principal, id: string | null, dto: SittingDto): Promise<SittingResponse> {
    const session = await this.sessions.resolve(dto.examYear);
    const categories = await this.catalog.paperCategories(session.year);
    if (!categories.some((c) => c.name === dto.paperCategory)) {
      throw unprocessable(
        'PAPER_CATEGORY_UNKNOWN',
        `试卷分类“${dto.paperCategory}”不在附件3的七个类别中`,
      );
    }
    const times = sittingProblems(dto);
    if (times.length) {
      throw new DomainError('validation', 'VALIDATION_FAILED', times[0].message, times);
    }
    const when = sittingDateProblems(
      dto.date,
      chinaDateOf(this.clock.now()),
      session.ticketPrintEnd,
    );
    if (when.length) {
      throw unprocessable('SITTING_DATE_INVALID', when.map((x) => x.message).join('；'), when);
    }
    return this.uow.run(async (em) => {
      await this.assertUnlocked(em, session.id);
      if (!(await em.findOne(VenueEntity, { where: { id: dto.venueId } }))) throw venueNotFound();
      const existing = id
        ? await em.findOne(SittingEntity, { where: { id, sessionId: session.id } })
        : null;
      if (id && !existing) throw sittingNotFound();
      const clash = sittingConflict(
        { ...dto, id: id ?? undefined },
        await this.ofSession(session.id, em),
      );
      if (clash) throw conflictError(clash.kind, clash.other);
      const now = this.clock.now();
      const fields = {
        paperCategory: dto.paperCategory,
        component: dto.component,
        date: dto.date,
        startTime: dto.startTime,
        endTime: dto.endTime,
        venueId: dto.venueId,
        updatedAt: now,
      };
      const base = existing ?? { id: randomUUID(), sessionId: session.id, createdAt: now };
      const row = Object.assign(new SittingEntity(), base, fields);
      if (existing) await em.update(SittingEntity, { id: row.id }, fields);
      else await insertRows(em, SittingEntity, [row]);
      const { examYear: _y, ...after } = dto;
      await this.audit.record(em, actorOf(p), {
        action: existing ? 'sitting.update' : 'sitting.create',
        entityType: 'sitting',
        entityId: row.id,
        after,
      });
      return (await this.views(session, [row], em))[0];
    });
  }

  async assertUnlocked(em: EntityManager, sessionId: string): Promise<void> {
    const state = await em.findOne(ScheduleStateEntity, { where: { sessionId } });
    if (state?.published) throw scheduleLocked();
  }

  private async views(
    session: ExamSessionEntity,
    rows: SittingEntity[],
    em?: EntityManager,
  ): Promise<SittingResponse[]> {
    const venues = await (em ?? this.dataSource.manager).find(VenueEntity);
    const names = new Map(venues.map((v) => [v.id, v.name]));
    return rows.map((s) => ({
      id: s.id,
      examYear: session.year,
      paperCategory: s.paperCategory,
      component: s.component,
      componentName: COMPONENT_NAMES[s.component],
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      venueId: s.venueId,
      venueName: names.get(s.venueId) ?? '',
    }));
  }
}
