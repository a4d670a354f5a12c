import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { SettingsService } from '../../database/settings.service';
import { DEFAULT_TICKET_INSTRUCTIONS } from '../documents/pdf/ticket.pdf';
import { FileStore } from '../documents/files/file-store';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { LEVEL_NAMES } from '../exam-sessions/domain/session-rules';
import { DepartmentEntity } from '../organizations/entities/department.entity';
import { UnitEntity } from '../organizations/entities/unit.entity';
import { StoredFileEntity } from '../registrations/entities/stored-file.entity';
import type { RegistrationEntity } from '../registrations/entities/registration.entity';
import type { TicketView } from './domain/ticket-documents.types';
import { ticketQrPayload } from './domain/ticket-number';
import { RoomEntity } from './entities/room.entity';
import { SeatAssignmentEntity } from './entities/seat-assignment.entity';
import { SittingEntity } from './entities/sitting.entity';
import { TicketEntity } from './entities/ticket.entity';
import { VenueEntity } from './entities/venue.entity';
import { COMPONENT_NAMES } from './sittings.service';

export const TICKET_SECRET = 'ticket_secret';

/**
 * The HMAC secret of ticket QR codes, kept encrypted in the database. One an
 * earlier version stored in the clear is kept (and encrypted), not replaced:
 * tickets already printed carry signatures made with it.
 */
export const ticketSecret = (settings: SettingsService): Promise<string> =>
  settings.secret(TICKET_SECRET, { keepLegacy: true });

/** Assembles what each ticket shows, a batch at a time (names, seats, photo, signed QR). */
@Injectable()
export class TicketViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly store: FileStore,
  ) {}

  async build(session: ExamSessionEntity, regs: RegistrationEntity[]): Promise<TicketView[]> {
    if (!regs.length) return [];
    const m = this.dataSource.manager;
    const ids = regs.map((r) => r.id);
    const [tickets, seats, sittings, rooms, venues, units, depts, photos] = await Promise.all([
      m.findBy(TicketEntity, { registrationId: In(ids) }),
      m.findBy(SeatAssignmentEntity, { registrationId: In(ids) }),
      m.findBy(SittingEntity, { sessionId: session.id }),
      m.find(RoomEntity),
      m.find(VenueEntity),
      m.findBy(UnitEntity, { id: In([...new Set(regs.map((r) => r.unitId))]) }),
      m.findBy(DepartmentEntity, { id: In([...new Set(regs.map((r) => r.departmentId))]) }),
      m.findBy(StoredFileEntity, {
        id: In(regs.map((r) => r.photoFileId).filter((x): x is string => !!x)),
      }),
    ]);
    const by = <T, K>(rows: T[], key: (t: T) => K) => new Map(rows.map((x) => [key(x), x]));
    const [ticketOf, sittingOf, roomOf, venueOf, unitOf, deptOf, photoOf] = [
      by(tickets, (t) => t.registrationId),
      by(sittings, (s) => s.id),
      by(rooms, (r) => r.id),
      by(venues, (v) => v.id),
      by(units, (u) => u.id),
      by(depts, (d) => d.id),
      by(photos, (f) => f.id),
    ];
    const secret = await ticketSecret(this.settings);
    const out: TicketView[] = [];
    for (const r of regs) {
      const number = ticketOf.get(r.id)?.ticketNumber;
      if (!number) continue;
      const lines = seats
        .filter((a) => a.registrationId === r.id)
        .map((a) => ({ a, s: sittingOf.get(a.sittingId)! }))
        .sort((x, y) => `${x.s.date}${x.s.startTime}`.localeCompare(`${y.s.date}${y.s.startTime}`))
        .map(({ a, s }) => {
          const venue = venueOf.get(s.venueId);
          return {
            componentName: COMPONENT_NAMES[s.component],
            date: s.date,
            startTime: s.startTime,
            endTime: s.endTime,
            venueName: venue?.name ?? '',
            venueAddress: venue?.address ?? '',
            examRoom: a.examRoom,
            roomName: roomOf.get(a.roomId)?.name ?? '',
            seat: a.seat,
          };
        });
      const photo = r.photoFileId ? photoOf.get(r.photoFileId) : undefined;
      out.push({
        sessionTitle: session.title,
        issuer: session.organizer ?? '',
        ticketNumber: number,
        name: r.name,
        gender: r.gender,
        idNumber: r.idNumber,
        unitName: unitOf.get(r.unitId)?.name ?? '',
        departmentName: deptOf.get(r.departmentId)?.name ?? '',
        occupation: r.targetOccupation,
        levelName: LEVEL_NAMES[r.targetLevel],
        paperCategory: r.paperCategory,
        sittings: lines,
        photo: photo ? await this.store.read(photo.storageKey).catch(() => null) : null,
        qrPayload: ticketQrPayload(number, secret),
        instructions: DEFAULT_TICKET_INSTRUCTIONS,
      });
    }
    return out;
  }
}
