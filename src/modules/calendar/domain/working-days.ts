import { addDays, DateOnly, yearOf } from '../../../common/dates/date-only';

/** Whether a date is a working day; undefined when its year's calendar is unknown. */
export type WorkingDayOracle = (date: DateOnly) => boolean | undefined;

export type WorkingDaysResult = { end: DateOnly } | { uncoveredYear: number };

/**
 * The last day of a period of `days` working days that begins on `start`, or
 * on the next working day when `start` is not one (三(二)2: publicity of 5
 * working days; CONTRACT.md working days).
 */
export function workingDaysEnd(
  start: DateOnly,
  days: number,
  isWorkingDay: WorkingDayOracle,
): WorkingDaysResult {
  let date = start;
  let counted = 0;
  for (;;) {
    const working = isWorkingDay(date);
    if (working === undefined) return { uncoveredYear: yearOf(date) };
    if (working) counted += 1;
    if (counted === days) return { end: date };
    date = addDays(date, 1);
  }
}

/** Working days from `from` to `to`, both included. */
export function countWorkingDays(
  from: DateOnly,
  to: DateOnly,
  isWorkingDay: WorkingDayOracle,
): number | { uncoveredYear: number } {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const working = isWorkingDay(d);
    if (working === undefined) return { uncoveredYear: yearOf(d) };
    if (working) n += 1;
  }
  return n;
}
