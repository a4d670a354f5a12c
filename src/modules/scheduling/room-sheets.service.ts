import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { download, PDF_TYPE, XLSX_TYPE } from '../../common/http/download';
import { pageOf, type Page } from '../../common/http/page.dto';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { writeSignInSheetWorkbook } from '../documents/excel/room-sheet.xlsx';
import { DocumentJobs } from '../documents/workers/document-jobs';
import { exportTooLarge, MAX_PDF_ROWS } from '../documents/workers/worker-errors';
import type { ExamYearPageQueryDto } from '../exam-sessions/dto/exam-session.dto';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { UnitEntity } from '../organizations/entities/unit.entity';
import { maskIdNumber } from '../registrations/domain/id-card';
import { RegistrationEntity } from '../registrations/entities/registration.entity';
import { examRoomLabel } from './domain/exam-rooms';
import { assembleRoomSheets, type SheetSeatRow } from './domain/room-sheets';
import type { RoomSheetView } from './domain/ticket-documents.types';
import type { ExamRoomResponse } from './dto/scheduling.dto';
import { RoomEntity } from './entities/room.entity';
import { SeatAssignmentEntity } from './entities/seat-assignment.entity';
import { SittingEntity } from './entities/sitting.entity';
import { TicketEntity } from './entities/ticket.entity';
import { VenueEntity } from './entities/venue.entity';
import {
  examRoomNotFound,
  notAllocated,
  onlyCancelledSeated,
  sittingNotFound,
} from './scheduling.errors';
import { COMPONENT_NAMES } from './sittings.service';

export type RoomSheetKind = 'seating-chart' | 'sign-in';

/**
 * For invigilators: one seating chart and one sign-in sheet (签到表) per exam room (考场),
 * covering everyone in that room at that time whatever their paper category; ID numbers masked.
 */
@Injectable()
export class RoomSheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: ExamSessionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly jobs: DocumentJobs,
  ) {}

  /** The session's exam rooms: where, when, which sittings, how many seated. */
  async list(q: ExamYearPageQueryDto): Promise<Page<ExamRoomResponse>> {
    const session = await this.sessions.resolve(q.examYear);
    const views = await this.views(session, null, true);
    const rooms = views.map((v) => ({
      examRoom: v.examRoom,
      label: examRoomLabel(v.examRoom),
      venueName: v.venueName,
      roomName: v.roomName,
      capacity: v.capacity,
      date: v.date,
      startTime: v.startTime,
      endTime: v.endTime,
      seated: v.seats.filter((s) => !s.cancelled).length,
      cancelled: v.seats.filter((s) => s.cancelled).length,
      sittings: v.sittings,
    }));
    return pageOf(rooms, q);
  }

  /** Every exam room a sitting uses, each with everyone in it at that time. */
  async ofSitting(p: Principal, sittingId: string, kind: RoomSheetKind, format: 'pdf' | 'xlsx') {
    const m = this.dataSource.manager;
    const sitting = await m.findOne(SittingEntity, { where: { id: sittingId } });
    if (!sitting) throw sittingNotFound();
    const rows = await m
      .getRepository(SeatAssignmentEntity)
      .createQueryBuilder('a')
      .select('DISTINCT a.examRoom', 'examRoom')
      .where('a.sittingId = :sittingId', { sittingId })
      .getRawMany<{ examRoom: number | string }>();
    if (!rows.length) throw notAllocated();
    const views = await this.views(
      await this.sessions.byId(sitting.sessionId),
      rows.map((r) => Number(r.examRoom)),
    );
    if (!views.length) throw onlyCancelledSeated();
    const name = `${sitting.paperCategory}${COMPONENT_NAMES[sitting.component]}-${sitting.date}`;
    return this.render(p, views, kind, format, { type: 'sitting', id: sittingId }, name);
  }

  /** One exam room by its 考场号. */
  async ofExamRoom(
    p: Principal,
    examYear: number | undefined,
    examRoom: number,
    kind: RoomSheetKind,
    format: 'pdf' | 'xlsx',
  ): Promise<StreamableFile> {
    const session = await this.sessions.resolve(examYear);
    if (!(await this.views(session, [examRoom], true)).length) throw examRoomNotFound(examRoom);
    const views = await this.views(session, [examRoom]);
    if (!views.length) throw onlyCancelledSeated();
    const entity = { type: 'exam-session', id: session.id };
    return this.render(p, views, kind, format, entity, examRoomLabel(examRoom));
  }

  private async render(
    p: Principal,
    rooms: RoomSheetView[],
    kind: RoomSheetKind,
    format: 'pdf' | 'xlsx',
    entity: { type: string; id: string },
    what: string,
  ): Promise<StreamableFile> {
    await this.uow.run((em) =>
      this.audit.record(em, actorOf(p), {
        action: `schedule.${kind}`,
        entityType: entity.type,
        entityId: entity.id,
        after: { format, examRooms: rooms.map((r) => r.examRoom) },
      }),
    );
    const name = `${kind === 'sign-in' ? '签到表' : '座位表'}-${what}.${format}`;
    if (format === 'xlsx') return download(await writeSignInSheetWorkbook(rooms), XLSX_TYPE, name);
    const seats = rooms.reduce((n, r) => n + r.seats.length, 0);
    if (seats > MAX_PDF_ROWS) throw exportTooLarge(seats, '请按考场（examRoom）分别下载');
    return download(await this.jobs.roomSheetPdf(kind, rooms), PDF_TYPE, name);
  }

  /**
   * The sheets of the given exam rooms (null: all of the session's). A candidate whose
   * qualification was cancelled (四(三) 取消其报考资格) leaves the sheets: their seat prints
   * empty. Only the center's count of rooms (`withCancelled`) still sees them.
   */
  private async views(
    session: ExamSessionEntity,
    examRooms: number[] | null,
    withCancelled = false,
  ) {
    const m = this.dataSource.manager;
    const seats = await m.find(SeatAssignmentEntity, {
      where: { sessionId: session.id, ...(examRooms ? { examRoom: In(examRooms) } : {}) },
    });
    const regIds = seats.map((s) => s.registrationId);
    const [regs, tickets, sittings, rooms, venues] = await Promise.all([
      regIds.length ? m.findBy(RegistrationEntity, { id: In(regIds) }) : [],
      regIds.length ? m.findBy(TicketEntity, { registrationId: In(regIds) }) : [],
      m.findBy(SittingEntity, { sessionId: session.id }),
      m.findBy(RoomEntity, { id: In([...new Set(seats.map((s) => s.roomId))]) }),
      m.find(VenueEntity),
    ]);
    const units = regs.length
      ? await m.findBy(UnitEntity, { id: In([...new Set(regs.map((r) => r.unitId))]) })
      : [];
    const reg = new Map(regs.map((r) => [r.id, r]));
    const ticket = new Map(tickets.map((t) => [t.registrationId, t.ticketNumber]));
    const unit = new Map(units.map((u) => [u.id, u.name]));
    const sitting = new Map(sittings.map((s) => [s.id, s]));
    const room = new Map(rooms.map((r) => [r.id, r]));
    const venue = new Map(venues.map((v) => [v.id, v.name]));
    const listed = withCancelled
      ? seats
      : seats.filter((s) => reg.get(s.registrationId)?.status !== 'cancelled');
    const rows: SheetSeatRow[] = listed.map((s) => {
      const r = reg.get(s.registrationId)!;
      return {
        examRoom: s.examRoom,
        seat: s.seat,
        sittingId: s.sittingId,
        roomId: s.roomId,
        candidate: {
          // A seat freed by a later allocation has no ticket until then: print none.
          ticketNumber: ticket.get(r.id) ?? '',
          name: r.name,
          maskedIdNumber: maskIdNumber(r.idNumber),
          unitName: unit.get(r.unitId) ?? '',
          occupation: r.targetOccupation,
          cancelled: r.status === 'cancelled',
        },
      };
    });
    return assembleRoomSheets(
      session.title,
      rows,
      (id) => {
        const s = sitting.get(id)!;
        return { ...s, componentName: COMPONENT_NAMES[s.component] };
      },
      (id) => {
        const r = room.get(id)!;
        return { ...r, venueName: venue.get(r.venueId) ?? '' };
      },
    );
  }
}
