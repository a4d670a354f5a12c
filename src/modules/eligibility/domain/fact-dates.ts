import type { DateOnly } from '../../../common/dates/date-only';

export interface DateProblem {
  field: 'workStartDate' | 'currentCertDate';
  code: 'DATE_IN_FUTURE' | 'DATE_AFTER_SESSION';
  message: string;
}

const LABELS = { workStartDate: '参加工作时间', currentCertDate: '获证时间' } as const;

/**
 * Dates an application states as facts must lie on or before the session's
 * counting date (取证时间可计算至 …, 二(二)1) and on or before today: they are
 * judged against the session applied to, never only the server's clock, so a
 * start after the 2025 session's dates is no fact of the 2025 session even
 * when it lies in the past today (security-checklist #24).
 */
export function factDateProblems(
  dates: { workStartDate: DateOnly; currentCertDate: DateOnly | null },
  limits: { today: DateOnly; sessionCountingDate: DateOnly },
): DateProblem[] {
  const out: DateProblem[] = [];
  for (const field of ['workStartDate', 'currentCertDate'] as const) {
    const date = dates[field];
    if (!date) continue;
    const label = LABELS[field];
    if (date > limits.today) {
      out.push({ field, code: 'DATE_IN_FUTURE', message: `${label}不能晚于今天` });
    } else if (date > limits.sessionCountingDate) {
      out.push({
        field,
        code: 'DATE_AFTER_SESSION',
        message: `${label} ${date} 晚于本年度考核的计算截止日 ${limits.sessionCountingDate}，不能作为本年度申报的条件`,
      });
    }
  }
  return out;
}
