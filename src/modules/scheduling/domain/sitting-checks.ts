import { isDateOnly } from '../../../common/dates/date-only';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface SittingTimes {
  id?: string;
  paperCategory: string;
  component: string;
  date: string;
  startTime: string;
  endTime: string;
}

/** Problems with one sitting's date and times (Chinese). */
export function sittingProblems(s: SittingTimes): { field: string; message: string }[] {
  const p: { field: string; message: string }[] = [];
  if (!isDateOnly(s.date)) p.push({ field: 'date', message: '日期无效' });
  if (!TIME.test(s.startTime)) p.push({ field: 'startTime', message: '开始时间应为 HH:MM' });
  if (!TIME.test(s.endTime)) p.push({ field: 'endTime', message: '结束时间应为 HH:MM' });
  if (!p.length && s.endTime <= s.startTime)
    p.push({ field: 'endTime', message: '结束时间须晚于开始时间' });
  return p;
}

/**
 * Two sittings of the same paper category seat the same candidates, so their
 * times must not overlap (theory and practical of one category).
 */
export function overlappingSitting<T extends SittingTimes>(
  s: SittingTimes,
  others: readonly T[],
): T | undefined {
  return others.find(
    (o) =>
      o.id !== s.id &&
      o.paperCategory === s.paperCategory &&
      o.date === s.date &&
      o.startTime < s.endTime &&
      s.startTime < o.endTime,
  );
}
