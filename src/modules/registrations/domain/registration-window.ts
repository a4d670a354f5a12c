import { chinaDateOf, type DateOnly } from '../../../common/dates/date-only';

export interface WindowCheck {
  open: boolean;
  message: string;
}

/**
 * 三(一): registration and qualification review run from the session's start
 * to its end date, inclusive, in Beijing time; the center may extend the
 * window for one department up to a date.
 */
export function registrationWindow(
  now: Date,
  window: { start: DateOnly; end: DateOnly },
  extendedUntil: DateOnly | null,
): WindowCheck {
  const today = chinaDateOf(now);
  const end = effectiveRegistrationEnd(window, extendedUntil);
  const range = `${window.start} 至 ${end}${end !== window.end ? '（已延期）' : ''}`;
  if (today < window.start) return { open: false, message: `报名尚未开始，报名时间为 ${range}` };
  if (today > end) return { open: false, message: `报名已结束，报名时间为 ${range}` };
  return { open: true, message: `报名时间为 ${range}` };
}

/**
 * Demo organizations (DEMO=1) act only in the demo session, and real ones
 * never in it, so demo people cannot reach a real session's lists, tickets
 * or results. Null when the pair may work together.
 */
export function demoSeparation(sessionIsDemo: boolean, departmentIsDemo: boolean): string | null {
  if (sessionIsDemo === departmentIsDemo) return null;
  return departmentIsDemo
    ? '演示单位只能在演示考核年度中报名，不能进入正式考核年度'
    : '演示考核年度只供演示单位试用，正式单位请在正式考核年度中报名';
}

/** A department's last registration day: the session's, or its later extension. */
export function effectiveRegistrationEnd(
  window: { end: DateOnly },
  extendedUntil: DateOnly | null,
): DateOnly {
  return extendedUntil && extendedUntil > window.end ? extendedUntil : window.end;
}
