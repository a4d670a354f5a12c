import { getHolidaysInRange, isWorkday } from 'chinese-days';
import { DateOnly, yearOf } from '../../../common/dates/date-only';
import type { WorkingDayOracle } from './working-days';

/**
 * Mainland China's statutory holidays and adjusted working days (调休) from the
 * chinese-days package, with the center's overrides on top. For a year the
 * package does not know it would silently answer Monday–Friday, so such a
 * year counts only when the center has declared it.
 */
export function chinaWorkingDayOracle(
  overrides: ReadonlyMap<DateOnly, boolean>,
  declaredYears: ReadonlySet<number>,
): WorkingDayOracle {
  return (date) => {
    const override = overrides.get(date);
    if (override !== undefined) return override;
    const year = yearOf(date);
    if (!declaredYears.has(year) && !packageCovers(year)) return undefined;
    return isWorkday(date);
  };
}

const coverage = new Map<number, boolean>();

/** Every year the package covers has statutory holidays (元旦 at least). */
export function packageCovers(year: number): boolean {
  let known = coverage.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    coverage.set(year, known);
  }
  return known;
}
