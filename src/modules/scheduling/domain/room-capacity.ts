/** Seats in use in one room: the fullest exam room (考场) it hosts and its highest seat number. */
export interface RoomUsage {
  /** Most candidates seated in the room at one time. */
  assigned: number;
  highestSeat: number;
}

/**
 * A room's capacity cannot fall below a seat already given out: the seat would vanish from
 * the seating chart while the candidate's ticket still names it. Chinese reason, or null.
 */
export function capacityProblem(
  roomName: string,
  capacity: number,
  usage: RoomUsage | null,
): string | null {
  if (!usage || capacity >= usage.highestSeat) return null;
  return (
    `考场“${roomName}”已安排 ${usage.assigned} 个座位（最大座位号 ${usage.highestSeat}），` +
    `容量不能改为 ${capacity}；请先调整考场编排`
  );
}
