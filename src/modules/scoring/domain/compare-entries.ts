import { sameMark, type Mark } from './marks';

export interface RowComparison {
  registrationId: string;
  first: Mark | null;
  second: Mark | null;
}

export interface EntryComparison {
  /** Rows both entries record alike: their mark becomes final. */
  agreed: { registrationId: string; mark: Mark }[];
  /** Rows that differ: the center decides them against the paper sheet. */
  disputed: RowComparison[];
}

/**
 * Double entry (双录入): two graders key the same paper sheet independently; a row is final
 * only where both entries hold the same mark. Rows are taken in roster (seat) order; a row
 * missing from either entry is a discrepancy, never silently final.
 */
export function compareEntries(
  roster: readonly string[],
  first: ReadonlyMap<string, Mark>,
  second: ReadonlyMap<string, Mark>,
): EntryComparison {
  const out: EntryComparison = { agreed: [], disputed: [] };
  for (const registrationId of roster) {
    const a = first.get(registrationId) ?? null;
    const b = second.get(registrationId) ?? null;
    if (a && sameMark(a, b)) out.agreed.push({ registrationId, mark: a });
    else out.disputed.push({ registrationId, first: a, second: b });
  }
  return out;
}

/** Seats of the roster an entry has not yet filled, in seat order (the running count). */
export function emptyRows<T extends { registrationId: string }>(
  roster: readonly T[],
  entry: ReadonlyMap<string, Mark>,
): T[] {
  return roster.filter((r) => !entry.has(r.registrationId));
}
