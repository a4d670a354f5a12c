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
 * Dates of the demo session, so that every stage built so far can be seen
 * today: the registration window closed a month ago (its candidates went
 * through publicity, review and 备案 and were seated), ticket printing is
 * open now, and the exam lies a week ahead. The center extends the
 * registration window of the demo departments to three weeks from now, so a
 * newcomer can also register and review today (see demoTimeline).
 */
export function demoWindows(now: Date): DemoWindows {
  const today = chinaDateOf(now);
  return {
    year: yearOf(today),
    registrationStart: addDays(today, -62),
    registrationEnd: addDays(today, -30),
    certCutoffDate: addDays(today, -24),
    ticketPrintStart: addDays(today, -1),
    ticketPrintEnd: addDays(today, 3),
  };
}

/** Days relative to today at which the demo walks its candidates through the workflow. */
export const DEMO_DAYS = {
  /** filed (备案) and seated: registered and publicised before the window closed */
  filedRegister: -58,
  filedPublicity: -57,
  /** the center extends the demo departments' registration window (补报) */
  extension: -29,
  extensionUntil: 21,
  reportedRegister: -27,
  reportedPublicity: -26,
  laterRegister: -24,
  laterPublicity: -23,
  laterSubmit: -3,
  laterDepartmentReview: -2,
  /** venues, rooms and sittings; allocation and publishing */
  scheduling: -6,
  examTheory: 7,
  /** both graders key the sheets; disputes resolved, final sittings locked */
  scoring: -5,
  /** 技师综合评审 (附件4): the units fill the form, the departments report it, the center decides */
  reviewUnit: -4,
  reviewDepartment: -3,
  reviewCenter: -2,
  inPublicityRegister: -4,
  inPublicityStart: -3,
  unitApprovedRegister: -2,
  unitApprovedReview: -1,
  registered: -1,
} as const;

/** An instant of a calendar day in Beijing time. */
export function instantOn(date: DateOnly, time = '10:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}
