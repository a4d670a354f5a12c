import { chinaWorkingDayOracle, packageCovers } from './china-calendar';
import { countWorkingDays, workingDaysEnd } from './working-days';

const china = chinaWorkingDayOracle(new Map(), new Set());

describe('workingDaysEnd (mainland China calendar)', () => {
  it.each([
    // A plain week: Monday 2025-07-07 + 5 working days ends Friday.
    ['2025-07-07', 5, '2025-07-11'],
    // Starting on Saturday counts from the next working day.
    ['2025-07-05', 5, '2025-07-11'],
    // Starting Wednesday runs over the weekend.
    ['2025-07-09', 5, '2025-07-15'],
    ['2025-07-25', 5, '2025-07-31'],
    // National Day 2025: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 are working days.
    ['2025-09-26', 5, '2025-10-09'],
    ['2025-09-28', 1, '2025-09-28'],
    ['2025-10-01', 1, '2025-10-09'],
    ['2025-10-09', 3, '2025-10-11'],
    // Spring Festival 2026 (02-15..02-23 off; 02-14 and 02-28 working).
    ['2026-02-13', 3, '2026-02-24'],
    ['2026-02-12', 3, '2026-02-14'],
    // Year end into 2026 元旦 (01-01..01-03 off, Sunday 01-04 working).
    ['2025-12-31', 2, '2026-01-04'],
    ['2025-06-27', 1, '2025-06-27'],
  ])('%s + %i working days ends %s', (start, days, end) => {
    expect(workingDaysEnd(start, days, china)).toEqual({ end });
  });

  it('refuses a year the package does not cover instead of guessing', () => {
    expect(packageCovers(2025)).toBe(true);
    expect(packageCovers(2026)).toBe(true);
    expect(packageCovers(2040)).toBe(false);
    expect(workingDaysEnd('2040-03-01', 5, china)).toEqual({ uncoveredYear: 2040 });
  });

  it('uses the center’s overrides and declared years', () => {
    const oracle = chinaWorkingDayOracle(new Map([['2040-03-05', false]]), new Set([2040]));
    // 2040-03-05 is a Monday declared a holiday.
    expect(workingDaysEnd('2040-03-05', 1, oracle)).toEqual({ end: '2040-03-06' });
    const override = chinaWorkingDayOracle(new Map([['2025-07-12', true]]), new Set());
    expect(workingDaysEnd('2025-07-10', 3, override)).toEqual({ end: '2025-07-12' });
  });

  it('counts working days between two dates', () => {
    expect(countWorkingDays('2025-09-29', '2025-10-12', china)).toBe(5);
  });
});
