import { reviewGate } from './review-gate';

const technician = { targetLevel: 'technician' as const, mode: 'exam' as const, cancelled: false };
const both = { theory: true, practical: true };

describe('reviewGate (notice 三: 理论考试和实际操作均合格的 → 综合评审)', () => {
  it('opens for a technician who passed theory and practical', () => {
    expect(reviewGate(technician, both)).toEqual({ open: true });
  });

  it.each([
    [{ theory: false, practical: true }, '须均合格'],
    [{ theory: true, practical: false }, '须均合格'],
    [{ theory: true, practical: null }, '尚未最终确定'],
    [{ theory: null, practical: null }, '尚未最终确定'],
  ])('stays closed for %j', (passed, reason) => {
    const answer = reviewGate(technician, passed);
    expect(answer.open).toBe(false);
    expect(answer.open === false && answer.reason).toContain(reason);
  });

  it.each(['junior', 'intermediate', 'senior'] as const)('never opens for %s', (level) => {
    expect(reviewGate({ ...technician, targetLevel: level }, both).open).toBe(false);
  });

  it('never opens for 免考复核认定 or a cancelled candidate', () => {
    expect(reviewGate({ ...technician, mode: 'exempt-review' }, both).open).toBe(false);
    expect(reviewGate({ ...technician, cancelled: true }, both).open).toBe(false);
  });
});
