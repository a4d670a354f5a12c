import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { insertRows } from '../../database/insert-rows';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { CatalogService } from '../catalog/catalog.service';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { RegistrationEntity } from '../registrations/entities/registration.entity';
import {
  allocationMessage,
  nobodyToSeatReason,
  type RegistrationCounts,
} from './domain/allocation-summary';
import { MAX_EXAM_ROOMS } from './domain/exam-rooms';
import { planAllocation, type SeatAssignment } from './domain/seat-allocation';
import {
  SITTING_COMPONENTS,
  type AllocateDto,
  type AllocationResponse,
  type ScheduleStatusResponse,
} from './dto/scheduling.dto';
import { RoomEntity } from './entities/room.entity';
import { ScheduleStateEntity } from './entities/schedule-state.entity';
import { SeatAssignmentEntity } from './entities/seat-assignment.entity';
import type { SittingEntity } from './entities/sitting.entity';
import { TicketEntity } from './entities/ticket.entity';
import {
  scheduleLocked,
  shortageError,
  tooManyExamRooms,
  unprocessable,
} from './scheduling.errors';
import { numberTickets } from './ticket-numbering';
import { SittingsService } from './sittings.service';

/** Who sits the exam: accepted by the center (备案), exam mode (not 免考复核认定), not cancelled. */
export const SITS_EXAM = { status: 'accepted' as const, mode: 'exam' as const };

/**
 * Seats every candidate in one theory and one practical sitting of their paper category and
 * numbers the tickets, in one transaction; capacity problems are reported before anything is
 * written.
 */
@Injectable()
export class AllocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: ExamSessionsService,
    private readonly sittings: SittingsService,
    private readonly catalog: CatalogService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async allocate(p: Principal, dto: AllocateDto): Promise<AllocationResponse> {
    const session = await this.sessions.resolve(dto.examYear);
    const seqOf = new Map(
      (await this.catalog.paperCategories(session.year)).map((c) => [c.name, c.seq]),
    );
    return this.uow.run(async (em) => {
      const state = await this.state(em, session.id);
      if (state.published && (!dto.reason || p.role !== 'center-admin')) throw scheduleLocked();
      const { sittings, rooms, candidates } = await this.inputs(em, session);
      const existing = dto.reset
        ? []
        : await em.find(SeatAssignmentEntity, { where: { sessionId: session.id } });
      const nobody = candidates.length ? null : nobodyToSeatReason(await this.counts(em, session));
      if (nobody && !existing.length) throw unprocessable('NO_CANDIDATES', nobody);
      const plan = planAllocation({
        sittings: sittings.map(toAlloc),
        rooms: rooms.map((r) => ({
          roomId: r.id,
          venueId: r.venueId,
          order: r.number,
          capacity: r.capacity,
        })),
        candidates,
        existing,
        seed: state.seed,
      });
      if (plan.shortages.length) throw shortageError(plan, sittings);
      if (plan.examRooms > MAX_EXAM_ROOMS) throw tooManyExamRooms(plan.examRooms);
      const tickets = numberTickets(session, plan.assignments, sittings, seqOf, this.clock.now());
      const counts = {
        candidates: candidates.length,
        kept: plan.kept,
        placed: plan.placed,
        released: plan.released,
        tickets: tickets.length,
      };
      const summary = allocationMessage(counts, !!dto.dryRun);
      const result = {
        dryRun: !!dto.dryRun,
        ...counts,
        examRooms: plan.examRooms,
        shortages: [],
        message: nobody ? `${nobody}；${summary}` : summary,
      };
      if (dto.dryRun) return result;
      await this.write(em, session, plan.assignments, tickets);
      await em.update(
        ScheduleStateEntity,
        { sessionId: session.id },
        { allocatedAt: this.clock.now(), allocatedBy: p.username },
      );
      await this.audit.record(em, actorOf(p), {
        action: 'schedule.allocate',
        entityType: 'exam-session',
        entityId: session.id,
        after: {
          ...result,
          reset: !!dto.reset,
          reason: dto.reason ?? null,
          published: state.published,
        },
      });
      return result;
    });
  }

  /** Publishing locks the allocation; every candidate must hold a ticket and a seat in each sitting. */
  async publish(p: Principal, examYear?: number): Promise<ScheduleStatusResponse> {
    const session = await this.sessions.resolve(examYear);
    return this.uow.run(async (em) => {
      const state = await this.state(em, session.id);
      if (state.published) throw new DomainError('conflict', 'ALREADY_PUBLISHED', '准考证已发布');
      const { candidates } = await this.inputs(em, session);
      if (!candidates.length) {
        const why = nobodyToSeatReason(await this.counts(em, session));
        throw unprocessable('NO_CANDIDATES', `无法发布准考证：${why}`);
      }
      const seats = await em.count(SeatAssignmentEntity, { where: { sessionId: session.id } });
      // One theory and one practical sitting each (inputs() refuses a category lacking either).
      const needed = candidates.length * SITTING_COMPONENTS.length;
      const tickets = await em.count(TicketEntity, { where: { sessionId: session.id } });
      if (seats !== needed || tickets !== candidates.length) {
        throw unprocessable(
          'ALLOCATION_INCOMPLETE',
          `考场编排不完整（需 ${needed} 个座位、${candidates.length} 张准考证，现有 ${seats} 个座位、${tickets} 张），请先编排`,
        );
      }
      const now = this.clock.now();
      await em.update(
        ScheduleStateEntity,
        { sessionId: session.id },
        { published: true, publishedAt: now, publishedBy: p.username },
      );
      await this.audit.record(em, actorOf(p), {
        action: 'schedule.publish',
        entityType: 'exam-session',
        entityId: session.id,
        after: { tickets },
      });
      return {
        examYear: session.year,
        published: true,
        publishedAt: now.toISOString(),
        allocatedAt: state.allocatedAt?.toISOString() ?? null,
        tickets,
      };
    });
  }

  async status(examYear?: number): Promise<ScheduleStatusResponse> {
    const session = await this.sessions.resolve(examYear);
    const state = await this.dataSource.manager.findOne(ScheduleStateEntity, {
      where: { sessionId: session.id },
    });
    const tickets = await this.dataSource.manager.count(TicketEntity, {
      where: { sessionId: session.id },
    });
    return {
      examYear: session.year,
      published: !!state?.published,
      publishedAt: state?.publishedAt?.toISOString() ?? null,
      allocatedAt: state?.allocatedAt?.toISOString() ?? null,
      tickets,
    };
  }

  async state(em: EntityManager, sessionId: string): Promise<ScheduleStateEntity> {
    const found = await em.findOne(ScheduleStateEntity, { where: { sessionId } });
    if (found) return found;
    const state = Object.assign(new ScheduleStateEntity(), {
      sessionId,
      seed: randomBytes(16).toString('hex'),
      allocatedAt: null,
      allocatedBy: null,
      published: false,
      publishedAt: null,
      publishedBy: null,
    });
    await insertRows(em, ScheduleStateEntity, [state]);
    return state;
  }

  /** Sittings, their venues' rooms and the candidates; refuses what cannot be planned (422). */
  private async inputs(em: EntityManager, session: ExamSessionEntity) {
    const sittings = await this.sittings.ofSession(session.id, em);
    if (!sittings.length) throw unprocessable('NO_SITTINGS', '尚未设置考试场次');
    const venueIds = [...new Set(sittings.map((s) => s.venueId))];
    const rooms = (await em.find(RoomEntity, { where: { venueId: In(venueIds) } })).filter(
      (r) => r.capacity > 0,
    );
    const bare = venueIds.filter((v) => !rooms.some((r) => r.venueId === v));
    if (bare.length)
      throw unprocessable('NO_ROOMS', `有 ${bare.length} 个考点没有可用的考场（容量大于 0）`);
    const regs = await em.find(RegistrationEntity, {
      select: { id: true, unitId: true, paperCategory: true },
      where: { sessionId: session.id, ...SITS_EXAM },
    });
    const candidates = regs.map((r) => ({
      registrationId: r.id,
      unitId: r.unitId,
      paperCategory: r.paperCategory,
    }));
    const missing = [...new Set(candidates.map((c) => c.paperCategory))].filter(
      (c) =>
        !sittings.some((s) => s.paperCategory === c && s.component === 'theory') ||
        !sittings.some((s) => s.paperCategory === c && s.component === 'practical'),
    );
    if (missing.length) {
      throw unprocessable(
        'SITTING_MISSING',
        `以下试卷类别缺少理论考试或实际操作考核场次：${missing.join('、')}`,
        missing.map((m) => ({ field: 'paperCategory', message: m })),
      );
    }
    return { sittings, rooms, candidates };
  }

  /** The session's registrations by what allocation makes of them, to explain an empty run. */
  private async counts(em: EntityManager, session: ExamSessionEntity): Promise<RegistrationCounts> {
    const rows = await em
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .select('r.status', 'status')
      .addSelect('r.mode', 'mode')
      .addSelect('COUNT(*)', 'n')
      .where('r.sessionId = :sid', { sid: session.id })
      .groupBy('r.status')
      .addGroupBy('r.mode')
      .getRawMany<{ status: string; mode: string; n: number | string }>();
    const c = { acceptedExam: 0, acceptedExempt: 0, cancelled: 0, inProgress: 0 };
    for (const r of rows) {
      const n = Number(r.n);
      if (r.status === 'cancelled') c.cancelled += n;
      else if (r.status !== SITS_EXAM.status) c.inProgress += n;
      else if (r.mode === SITS_EXAM.mode) c.acceptedExam += n;
      else c.acceptedExempt += n;
    }
    return c;
  }

  private async write(
    em: EntityManager,
    session: ExamSessionEntity,
    assignments: SeatAssignment[],
    tickets: TicketEntity[],
  ) {
    await em.delete(SeatAssignmentEntity, { sessionId: session.id });
    await em.delete(TicketEntity, { sessionId: session.id });
    await insertRows(
      em,
      SeatAssignmentEntity,
      assignments.map((a) =>
        Object.assign(new SeatAssignmentEntity(), {
          id: randomUUID(),
          sessionId: session.id,
          ...a,
        }),
      ),
    );
    await insertRows(em, TicketEntity, tickets);
  }
}

/** Sittings at the same time fill in the order the center created them. */
const toAlloc = (s: SittingEntity) => ({
  sittingId: s.id,
  paperCategory: s.paperCategory,
  component: s.component,
  venueId: s.venueId,
  start: `${s.date}T${s.startTime}`,
  end: `${s.date}T${s.endTime}`,
  order: s.createdAt.getTime(),
});
