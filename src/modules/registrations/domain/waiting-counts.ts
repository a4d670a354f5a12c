import type { DateOnly } from '../../../common/dates/date-only';
import { STATUSES, type Status } from './registration-status';

/** Registrations in one publicity that are still in publicity (a grouped count). */
export interface PublicityGroup {
  publicityId: string;
  endDate: DateOnly;
  count: number;
}

export interface PublicityProgress {
  /** In publicity, its 5 working days over: the unit may submit them to the department now. */
  ended: number;
  /** Publicities still running, and the last day of the one that ends first. */
  running: number;
  nextEndDate: DateOnly | null;
}

/**
 * 三(二)2: a publicity runs to its end date inclusive; from the next day its registrations
 * may go to the department. `today` is Beijing's date.
 */
export function publicityProgress(
  groups: readonly PublicityGroup[],
  today: DateOnly,
): PublicityProgress {
  const out: PublicityProgress = { ended: 0, running: 0, nextEndDate: null };
  for (const g of groups) {
    if (g.endDate < today) {
      out.ended += g.count;
      continue;
    }
    out.running += 1;
    if (out.nextEndDate === null || g.endDate < out.nextEndDate) out.nextEndDate = g.endDate;
  }
  return out;
}

/** Every state with its count, zero for the states the grouped query did not return. */
export function countsOfEveryStatus(
  rows: readonly { status: string; count: number }[],
): { status: Status; count: number }[] {
  const found = new Map(rows.map((r) => [r.status, r.count]));
  return STATUSES.map((status) => ({ status, count: found.get(status) ?? 0 }));
}
