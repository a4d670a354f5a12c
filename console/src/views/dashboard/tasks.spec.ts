import { describe, expect, it } from 'vitest';
import { waitingCardsFor } from './tasks';

const W = { publicityEnded: 3, publicitiesRunning: 2, nextPublicityEndDate: '2025-07-07' };

describe('waitingCardsFor', () => {
  it('asks a unit to submit what has ended, with the next end date of a running publicity', () => {
    const cards = waitingCardsFor('unit', { ...W, batchesWaiting: null });
    expect(cards.map((c) => [c.key, c.count, c.action])).toEqual([
      ['publicity-ended', 3, true],
      ['publicities-running', 2, false],
    ]);
    expect(cards[1]!.hint).toContain('2025-07-07');
  });

  it('asks the center to file waiting batches; a department only watches its own', () => {
    const center = waitingCardsFor('center-staff', { ...W, batchesWaiting: 4 });
    expect(center.find((c) => c.key === 'batches')).toMatchObject({ count: 4, action: true });
    expect(center.some((c) => c.key === 'publicity-ended')).toBe(false);
    const dept = waitingCardsFor('department', { ...W, batchesWaiting: 1 });
    expect(dept.find((c) => c.key === 'batches')).toMatchObject({
      action: false,
      to: { path: '/department/batches' },
    });
  });

  it('shows nothing to a grader or before the counts arrive', () => {
    expect(waitingCardsFor('grader', { ...W, batchesWaiting: null })).toEqual([]);
    expect(waitingCardsFor('unit', null)).toEqual([]);
  });
});
