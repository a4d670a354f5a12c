import { isDateOnly, type DateOnly } from '../../../common/dates/date-only';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface SittingTimes {
  id?: string;
  paperCategory: string;
  component: string;
  date: string;
  startTime: string;
  endTime: string;
  venueId: string;
}

export interface SittingProblem {
  field: string;
  code: string;
  message: string;
}

/** Problems with one sitting's date and times (Chinese). */
export function sittingProblems(s: SittingTimes): SittingProblem[] {
  const p: SittingProblem[] = [];
  if (!isDateOnly(s.date)) p.push({ field: 'date', code: 'DATE_INVALID', message: '日期无效' });
  if (!TIME.test(s.startTime))
    p.push({ field: 'startTime', code: 'TIME_INVALID', message: '开始时间应为 HH:MM' });
  if (!TIME.test(s.endTime))
    p.push({ field: 'endTime', code: 'TIME_INVALID', message: '结束时间应为 HH:MM' });
  if (!p.length && s.endTime <= s.startTime)
    p.push({ field: 'endTime', code: 'TIME_ORDER', message: '结束时间须晚于开始时间' });
  return p;
}

/**
 * 四, 五: candidates print their tickets in the session's printing window and the ticket gives
 * the timetable, so a sitting falls after the window's last day; and it cannot lie in the past
 * (`today`, Beijing time, from the service clock).
 */
export function sittingDateProblems(
  date: DateOnly,
  today: DateOnly,
  ticketPrintEnd: DateOnly,
): SittingProblem[] {
  const p: SittingProblem[] = [];
  if (date < today) {
    p.push({
      field: 'date',
      code: 'SITTING_DATE_PAST',
      message: `考试日期 ${date} 已过（今天是 ${today}）`,
    });
  }
  if (date <= ticketPrintEnd) {
    p.push({
      field: 'date',
      code: 'SITTING_DATE_BEFORE_TICKETS',
      message: `考试日期 ${date} 须晚于准考证打印截止日 ${ticketPrintEnd}：考生凭准考证参加考核`,
    });
  }
  return p;
}

export interface SittingConflict<T> {
  /** overlap: theory and practical of one category at once; duplicate: the same sitting twice. */
  kind: 'overlap' | 'duplicate';
  other: T;
}

/**
 * A candidate sits one theory and one practical sitting of their category, so those two
 * components never overlap; several sittings of one component may run at once in different
 * venues (a large category split up), but not twice at one venue (that is one sitting).
 */
export function sittingConflict<T extends SittingTimes>(
  s: SittingTimes,
  others: readonly T[],
): SittingConflict<T> | undefined {
  for (const o of others) {
    if (o.id === s.id || o.paperCategory !== s.paperCategory || o.date !== s.date) continue;
    if (!(o.startTime < s.endTime && s.startTime < o.endTime)) continue;
    if (o.component !== s.component) return { kind: 'overlap', other: o };
    if (o.venueId === s.venueId) return { kind: 'duplicate', other: o };
  }
  return undefined;
}
