import { addDays, chinaDateOf, DateOnly, yearOf } from '../../../common/dates/date-only';

export interface DemoWindows {
  year: number;
  registrationStart: DateOnly;
  registrationEnd: DateOnly;
  certCutoffDate: DateOnly;
  ticketPrintStart: DateOnly;
  ticketPrintEnd: DateOnly;
}

/**
 * Dates of the demo session: the same rules as the notice, with the
 * registration window open around today (China time) so a newcomer can walk
 * the workflow; the other dates keep the notice's order.
 */
export function demoWindows(now: Date): DemoWindows {
  const today = chinaDateOf(now);
  const registrationEnd = addDays(today, 28);
  return {
    year: yearOf(today),
    registrationStart: addDays(today, -7),
    registrationEnd,
    certCutoffDate: addDays(registrationEnd, 6),
    ticketPrintStart: addDays(registrationEnd, 24),
    ticketPrintEnd: addDays(registrationEnd, 26),
  };
}
