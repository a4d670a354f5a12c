import type { AllocRoom, AllocSitting, SeatAssignment } from './allocation.types';

/** 考场号 has three digits in the ticket number (YYYY C RRR SS). */
export const MAX_EXAM_ROOMS = 999;

/** How tickets and room sheets name an exam room, e.g. 第003考场: the digits of the ticket number. */
export function examRoomLabel(examRoom: number): string {
  return `第${String(examRoom).padStart(3, '0')}考场`;
}

/**
 * Numbers the exam rooms (考场): one room during one group of overlapping sittings, whatever
 * paper categories sit in it. A room that already had a number keeps it (tickets already
 * printed keep their numbers); new ones follow the timetable (time, venue, room order) after
 * the highest number in use. Answers copies of the assignments with `examRoom` set.
 */
export function numberExamRooms(
  assignments: readonly SeatAssignment[],
  groups: readonly AllocSitting[][],
  rooms: readonly AllocRoom[],
): SeatAssignment[] {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((s) => groupOf.set(s.sittingId, i)));
  const orderOf = new Map(rooms.map((r) => [r.roomId, r.order]));
  const start = (g: number) => groups[g].reduce((m, s) => (s.start < m ? s.start : m), '\uffff');
  const pairs = new Map<string, { group: number; roomId: string; numbers: Set<number> }>();
  for (const a of assignments) {
    const group = groupOf.get(a.sittingId)!;
    const key = `${group}/${a.roomId}`;
    const pair = pairs.get(key) ?? { group, roomId: a.roomId, numbers: new Set<number>() };
    if (a.examRoom > 0) pair.numbers.add(a.examRoom);
    pairs.set(key, pair);
  }
  const ordered = [...pairs.entries()].sort(
    ([, x], [, y]) =>
      start(x.group).localeCompare(start(y.group)) ||
      groups[x.group][0].venueId.localeCompare(groups[y.group][0].venueId) ||
      (orderOf.get(x.roomId) ?? 0) - (orderOf.get(y.roomId) ?? 0),
  );
  const used = new Set<number>();
  const numberOf = new Map<string, number>();
  for (const [key, pair] of ordered) {
    const kept = [...pair.numbers].sort((a, b) => a - b).find((n) => !used.has(n));
    if (kept === undefined) continue;
    used.add(kept);
    numberOf.set(key, kept);
  }
  let next = [...used].reduce((m, n) => Math.max(m, n), 0) + 1;
  for (const [key] of ordered) {
    if (numberOf.has(key)) continue;
    numberOf.set(key, next);
    used.add(next++);
  }
  return assignments.map((a) => ({
    ...a,
    examRoom: numberOf.get(`${groupOf.get(a.sittingId)}/${a.roomId}`)!,
  }));
}
