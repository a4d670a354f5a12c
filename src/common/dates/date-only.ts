/**
 * Calendar dates as `YYYY-MM-DD` strings. Every date of the notice is a
 * calendar date in China time (Asia/Shanghai, UTC+8 all year, no DST since 1991).
 */
export type DateOnly = string;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** True for a well-formed date that exists (2025-02-30 does not). */
export function isDateOnly(value: unknown): value is DateOnly {
  if (typeof value !== 'string') return false;
  const m = DATE_ONLY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar date in Beijing of an instant. */
export function chinaDateOf(instant: Date): DateOnly {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Adds whole days to a calendar date. */
export function addDays(date: DateOnly, days: number): DateOnly {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: DateOnly): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export const yearOf = (date: DateOnly): number => Number(date.slice(0, 4));

/**
 * Whole years from `from` to `to`: the anniversary counts on the same month
 * and day (29 February anniversaries fall on 28 February in common years).
 */
export function fullYearsBetween(from: DateOnly, to: DateOnly): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  let years = ty - fy;
  const anniversaryDay = Math.min(fd, daysInMonth(ty, fm));
  if (tm < fm || (tm === fm && td < anniversaryDay)) years -= 1;
  return years;
}

/** Inclusive window check on calendar dates in China time. */
export function isWithin(instant: Date, start: DateOnly, end: DateOnly): boolean {
  const today = chinaDateOf(instant);
  return today >= start && today <= end;
}

/** The last instant (23:59:59.999 Beijing time) of a calendar date. */
export function endOfChinaDay(date: DateOnly): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS - CHINA_OFFSET_MS - 1);
}
