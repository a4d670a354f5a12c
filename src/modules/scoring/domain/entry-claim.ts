/**
 * Who may take which entry of a sheet (双录入): two different graders, one entry each. A
 * grader assigned to the sheet takes the entry asked for, or the free one; never both.
 */
export interface HeldEntry {
  slot: number;
  graderId: string;
}

export type Claim =
  | { ok: true; slot: number; existing: boolean }
  | { ok: false; refusal: 'same-grader'; heldSlot: number }
  | { ok: false; refusal: 'slot-taken' | 'all-taken'; slot?: number };

export const SLOTS = [1, 2] as const;

export function claimEntry(held: readonly HeldEntry[], graderId: string, wanted?: number): Claim {
  const mine = held.find((e) => e.graderId === graderId);
  if (mine) {
    if (wanted === undefined || wanted === mine.slot) {
      return { ok: true, slot: mine.slot, existing: true };
    }
    return { ok: false, refusal: 'same-grader', heldSlot: mine.slot };
  }
  if (wanted !== undefined) {
    return held.some((e) => e.slot === wanted)
      ? { ok: false, refusal: 'slot-taken', slot: wanted }
      : { ok: true, slot: wanted, existing: false };
  }
  const free = SLOTS.find((s) => !held.some((e) => e.slot === s));
  return free === undefined
    ? { ok: false, refusal: 'all-taken' }
    : { ok: true, slot: free, existing: false };
}

/** A grader reaches a sheet assigned to them: the whole sitting (room 0) or that room. */
export function graderMayOpen(
  assignments: readonly { sittingId: string; examRoom: number }[],
  sheet: { sittingId: string; examRoom: number },
): boolean {
  return assignments.some(
    (a) => a.sittingId === sheet.sittingId && (a.examRoom === 0 || a.examRoom === sheet.examRoom),
  );
}
