/** Date and time wording shared by tickets and room sheets, so both print a sitting the same way. */

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2025-09-13 → 2025年9月13日; anything else is printed unchanged rather than guessed at. */
export function formatChineseDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}

/** 2025-09-13 → 星期六 (computed in UTC so the server's time zone cannot shift the day). */
export function formatWeekday(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return '';
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return `星期${WEEKDAYS[day.getUTCDay()]}`;
}

/** 09:00—11:00, with the full-width dash Chinese notices use. */
export function formatTimeRange(startTime: string, endTime: string): string {
  return `${startTime}—${endTime}`;
}
