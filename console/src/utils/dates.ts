/** Calendar dates of the notice are Beijing dates (YYYY-MM-DD), whatever the browser's zone. */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** 2025-07-01 → 2025年7月1日 */
export function zhDate(date: string | null | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** An instant (ISO, UTC) as Beijing time: 2025-07-01 10:00 */
export function beijingTime(instant: string | null | undefined): string {
  if (!instant) return '';
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return instant;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Whole days from `from` to `to` (YYYY-MM-DD); negative when `to` is past. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type WindowState = 'before' | 'open' | 'after';

/** Where today stands in a window of dates (both ends included). */
export function windowState(today: string, start: string, end: string): WindowState {
  if (today < start) return 'before';
  if (today > end) return 'after';
  return 'open';
}
