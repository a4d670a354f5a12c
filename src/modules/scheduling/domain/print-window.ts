import { chinaDateOf, type DateOnly } from '../../../common/dates/date-only';

/**
 * 四: departments print tickets from the session's first to last printing
 * day, inclusive, Beijing time; the center may open one department's window
 * earlier or keep it open longer.
 */
export function printWindow(
  now: Date,
  session: { start: DateOnly; end: DateOnly },
  extension: { start: DateOnly; end: DateOnly } | null,
): { open: boolean; message: string } {
  const today = chinaDateOf(now);
  const { start, end } = effectivePrintDates(session, extension);
  const open = today >= start && today <= end;
  return { open, message: `准考证打印时间为 ${start} 至 ${end}（北京时间）` };
}

/** The days a department may print: the session's, opened earlier or kept open longer by its extension. */
export function effectivePrintDates(
  session: { start: DateOnly; end: DateOnly },
  extension: { start: DateOnly; end: DateOnly } | null,
): { start: DateOnly; end: DateOnly } {
  return {
    start: extension && extension.start < session.start ? extension.start : session.start,
    end: extension && extension.end > session.end ? extension.end : session.end,
  };
}
