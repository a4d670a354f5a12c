import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { download, PDF_TYPE, XLSX_TYPE } from '../../common/http/download';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { writeSignInSheetWorkbook } from '../documents/excel/room-sheet.xlsx';
import { renderPdf } from '../documents/pdf/pdf-renderer';
import { buildSeatingChartDoc, buildSignInSheetDoc } from '../documents/pdf/room-sheet.pdf';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { UnitEntity } from '../organizations/entities/unit.entity';
import { maskIdNumber } from '../registrations/domain/id-card';
import { RegistrationEntity } from '../registrations/entities/registration.entity';
import type { RoomSheetView } from './domain/ticket-documents.types';
import { RoomEntity } from './entities/room.entity';
import { SeatAssignmentEntity } from './entities/seat-assignment.entity';
import { SittingEntity } from './entities/sitting.entity';
import { TicketEntity } from './entities/ticket.entity';
import { VenueEntity } from './entities/venue.entity';
import { sittingNotFound } from './scheduling.errors';
import { COMPONENT_NAMES } from './sittings.service';

export type RoomSheetKind = 'seating-chart' | 'sign-in';

/** For invigilators: each room's seating chart and sign-in sheet (签到表), ID numbers masked. */
@Injectable()
export class RoomSheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: ExamSessionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async sheet(
    p: Principal,
    sittingId: string,
    kind: RoomSheetKind,
    format: 'pdf' | 'xlsx',
  ): Promise<StreamableFile> {
    const rooms = await this.rooms(sittingId);
    const label = kind === 'sign-in' ? '签到表' : '座位表';
    await this.uow.run((em) =>
      this.audit.record(em, actorOf(p), {
        action: `schedule.${kind}`,
        entityType: 'sitting',
        entityId: sittingId,
        after: { format, rooms: rooms.length },
      }),
    );
    const name = `${label}-${rooms[0]?.paperCategory ?? ''}${rooms[0]?.componentName ?? ''}.${format}`;
    if (format === 'xlsx') return download(await writeSignInSheetWorkbook(rooms), XLSX_TYPE, name);
    const doc = kind === 'sign-in' ? buildSignInSheetDoc(rooms) : buildSeatingChartDoc(rooms);
    return download(await renderPdf(doc), PDF_TYPE, name);
  }

  private async rooms(sittingId: string): Promise<RoomSheetView[]> {
    const m = this.dataSource.manager;
    const sitting = await m.findOne(SittingEntity, { where: { id: sittingId } });
    if (!sitting) throw sittingNotFound();
    const session = await this.sessions.byId(sitting.sessionId);
    const seats = await m.find(SeatAssignmentEntity, {
      where: { sittingId },
      order: { seat: 'ASC' },
    });
    const regIds = seats.map((s) => s.registrationId);
    const [regs, tickets, rooms, venue] = await Promise.all([
      regIds.length ? m.findBy(RegistrationEntity, { id: In(regIds) }) : [],
      regIds.length ? m.findBy(TicketEntity, { registrationId: In(regIds) }) : [],
      m.findBy(RoomEntity, { id: In([...new Set(seats.map((s) => s.roomId))]) }),
      m.findOneBy(VenueEntity, { id: sitting.venueId }),
    ]);
    const units = regs.length
      ? await m.findBy(UnitEntity, { id: In([...new Set(regs.map((r) => r.unitId))]) })
      : [];
    const reg = new Map(regs.map((r) => [r.id, r]));
    const ticket = new Map(tickets.map((t) => [t.registrationId, t.ticketNumber]));
    const unit = new Map(units.map((u) => [u.id, u.name]));
    return rooms
      .sort((a, b) => a.number - b.number)
      .map((room) => ({
        sessionTitle: session.title,
        paperCategory: sitting.paperCategory,
        componentName: COMPONENT_NAMES[sitting.component],
        date: sitting.date,
        startTime: sitting.startTime,
        endTime: sitting.endTime,
        venueName: venue?.name ?? '',
        roomName: room.name,
        capacity: room.capacity,
        seats: seats
          .filter((s) => s.roomId === room.id)
          .map((s) => {
            const r = reg.get(s.registrationId)!;
            return {
              seat: s.seat,
              ticketNumber: ticket.get(r.id) ?? '',
              name: r.name,
              maskedIdNumber: maskIdNumber(r.idNumber),
              unitName: unit.get(r.unitId) ?? '',
            };
          }),
      }));
  }
}
