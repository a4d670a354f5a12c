import { compareZh } from '../../../common/text/collation';
import type { RoomSheetSeat, RoomSheetSitting, RoomSheetView } from './ticket-documents.types';

export interface SheetSeatRow {
  examRoom: number;
  seat: number;
  sittingId: string;
  roomId: string;
  candidate: Omit<RoomSheetSeat, 'seat' | 'paperCategory' | 'componentName'>;
}

export interface SheetSitting {
  id: string;
  paperCategory: string;
  componentName: string;
  date: string;
  startTime: string;
  endTime: string;
}

export interface SheetRoom {
  name: string;
  capacity: number;
  seatsPerRow: number | null;
  venueName: string;
}

/**
 * One sheet per exam room (考场): everyone seated in that room at that time, whatever their
 * paper category, in seat order; the sittings held there with how many sit each. Exam rooms
 * in number order.
 */
export function assembleRoomSheets(
  sessionTitle: string,
  seats: readonly SheetSeatRow[],
  sittingOf: (id: string) => SheetSitting,
  roomOf: (id: string) => SheetRoom,
): RoomSheetView[] {
  const byRoom = new Map<number, SheetSeatRow[]>();
  for (const s of seats) byRoom.set(s.examRoom, [...(byRoom.get(s.examRoom) ?? []), s]);
  return [...byRoom.entries()]
    .sort(([a], [b]) => a - b)
    .map(([examRoom, rows]) => {
      const room = roomOf(rows[0].roomId);
      const sittings = sittingsOf(rows, sittingOf);
      return {
        sessionTitle,
        examRoom,
        venueName: room.venueName,
        roomName: room.name,
        capacity: room.capacity,
        seatsPerRow: room.seatsPerRow,
        date: sittingOf(rows[0].sittingId).date,
        startTime: sittings.map((s) => s.startTime).sort()[0],
        endTime: sittings.map((s) => s.endTime).sort()[sittings.length - 1],
        sittings,
        seats: [...rows]
          .sort((a, b) => a.seat - b.seat)
          .map((r) => {
            const s = sittingOf(r.sittingId);
            return {
              ...r.candidate,
              seat: r.seat,
              paperCategory: s.paperCategory,
              componentName: s.componentName,
            };
          }),
      };
    });
}

function sittingsOf(
  rows: readonly SheetSeatRow[],
  sittingOf: (id: string) => SheetSitting,
): RoomSheetSitting[] {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.sittingId, (count.get(r.sittingId) ?? 0) + 1);
  return [...count.entries()]
    .map(([id, n]) => {
      const s = sittingOf(id);
      const { paperCategory, componentName, startTime, endTime } = s;
      return { paperCategory, componentName, startTime, endTime, count: n };
    })
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.startTime.localeCompare(b.startTime) ||
        compareZh(a.paperCategory, b.paperCategory),
    );
}
