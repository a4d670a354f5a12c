import { claimEntry, graderMayOpen } from './entry-claim';

describe('claimEntry: two different graders, one entry each (双录入)', () => {
  const a = { slot: 1, graderId: 'A' };
  const b = { slot: 2, graderId: 'B' };
  it.each([
    ['first grader takes entry 1', [], 'A', undefined, { ok: true, slot: 1, existing: false }],
    [
      'second grader takes the free entry 2',
      [a],
      'B',
      undefined,
      { ok: true, slot: 2, existing: false },
    ],
    ['asking for entry 2 first', [], 'B', 2, { ok: true, slot: 2, existing: false }],
    ['reopening one’s own entry', [a], 'A', undefined, { ok: true, slot: 1, existing: true }],
    ['reopening it by number', [a, b], 'B', 2, { ok: true, slot: 2, existing: true }],
    [
      'the same grader for the other entry',
      [a],
      'A',
      2,
      { ok: false, refusal: 'same-grader', heldSlot: 1 },
    ],
    ['an entry another grader holds', [a], 'B', 1, { ok: false, refusal: 'slot-taken', slot: 1 }],
    ['a third grader', [a, b], 'C', undefined, { ok: false, refusal: 'all-taken' }],
  ] as const)('%s', (_, held, grader, wanted, expected) => {
    expect(claimEntry(held, grader, wanted)).toEqual(expected);
  });
});

describe('graderMayOpen: only sheets assigned to the grader', () => {
  const sheet = { sittingId: 's1', examRoom: 3 };
  it.each([
    ['whole sitting', [{ sittingId: 's1', examRoom: 0 }], true],
    ['that room', [{ sittingId: 's1', examRoom: 3 }], true],
    ['another room', [{ sittingId: 's1', examRoom: 4 }], false],
    ['another sitting', [{ sittingId: 's2', examRoom: 0 }], false],
    ['nothing', [], false],
  ] as const)('%s → %p', (_, assignments, expected) => {
    expect(graderMayOpen(assignments, sheet)).toBe(expected);
  });
});
