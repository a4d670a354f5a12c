import { STATUSES, type Status } from './registration-status';
import { listedOnSummary, type SummaryLevel } from './summary-listing';

describe('who is on 附件2 (三(二)2–3)', () => {
  // [status, publicity ended, unit, department, center]
  it.each<[Status, boolean, boolean, boolean, boolean]>([
    ['registered', false, false, false, false],
    ['unit-approved', false, false, false, false],
    ['unit-returned', false, false, false, false],
    ['in-publicity', false, false, false, false],
    ['in-publicity', true, true, false, false],
    ['submitted', true, true, true, false],
    ['department-approved', true, true, true, false],
    ['department-returned', true, false, false, false],
    ['department-submitted', true, true, true, true],
    ['accepted', true, true, true, true],
    ['cancelled', true, false, false, false],
  ])('%s (publicity ended: %s): unit %s, department %s, center %s', (status, ended, u, d, c) => {
    const on = (level: SummaryLevel) => listedOnSummary(level, { status, publicityEnded: ended });
    expect([on('unit'), on('department'), on('center')]).toEqual([u, d, c]);
  });

  it('never lists a cancelled registration, at any level', () => {
    for (const level of ['unit', 'department', 'center'] as const) {
      expect(listedOnSummary(level, { status: 'cancelled', publicityEnded: true })).toBe(false);
    }
    expect(STATUSES).toContain('cancelled');
  });
});
