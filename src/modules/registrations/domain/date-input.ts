import { isDateOnly, type DateOnly } from '../../../common/dates/date-only';

const FULL = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/;
const MONTH = /^(\d{4})[-./年](\d{1,2})月?$/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;

const pad = (n: string) => n.padStart(2, '0');

/**
 * Dates as clerks type them in 附件2: 1998-09-01, 1998.09.01, 1998/9/1,
 * 1998年9月1日, 19980901; month precision (1998.09, 199809, 1998年9月) means
 * the first of the month. Returns null for anything else or a date that does not exist.
 */
export function parseDateInput(raw: string): DateOnly | null {
  const text = raw.trim();
  const full = FULL.exec(text) ?? COMPACT_DAY.exec(text);
  if (full) {
    const d = `${full[1]}-${pad(full[2])}-${pad(full[3])}`;
    return isDateOnly(d) ? d : null;
  }
  const month = MONTH.exec(text) ?? COMPACT_MONTH.exec(text);
  if (month) {
    const d = `${month[1]}-${pad(month[2])}-01`;
    return isDateOnly(d) ? d : null;
  }
  return null;
}

/** 出生年月 as YYYY-MM (any of the forms above; the day, if given, is dropped). */
export function parseMonthInput(raw: string): string | null {
  const d = parseDateInput(raw);
  return d ? d.slice(0, 7) : null;
}
