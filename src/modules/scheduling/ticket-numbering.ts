import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import type { SeatAssignment } from './domain/seat-allocation';
import { ticketNumber } from './domain/ticket-number';
import type { SittingEntity } from './entities/sitting.entity';
import { TicketEntity } from './entities/ticket.entity';

/**
 * 准考证号 from the theory seat: its exam room (考场号) and seat (practical when a category has no
 * theory sitting). The 考场号 and seat are unique in the session, so the number is too.
 */
export function numberTickets(
  session: ExamSessionEntity,
  assignments: SeatAssignment[],
  sittings: SittingEntity[],
  seqOf: Map<string, number>,
  now: Date,
): TicketEntity[] {
  const sittingOf = new Map(sittings.map((s) => [s.id, s]));
  const best = new Map<string, SeatAssignment>();
  for (const a of assignments) {
    const current = best.get(a.registrationId);
    if (!current || sittingOf.get(a.sittingId)!.component === 'theory')
      best.set(a.registrationId, a);
  }
  return [...best.values()].map((a) => {
    const s = sittingOf.get(a.sittingId)!;
    return Object.assign(new TicketEntity(), {
      registrationId: a.registrationId,
      sessionId: session.id,
      ticketNumber: ticketNumber(session.year, seqOf.get(s.paperCategory) ?? 7, a.examRoom, a.seat),
      createdAt: now,
    });
  });
}
