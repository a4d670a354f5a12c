import { describe, expect, it } from 'vitest';
import { beijingTime, beijingToday, daysBetween, windowState, zhDate } from './dates';

describe('dates', () => {
  it('takes today in Beijing, not in the browser zone', () => {
    expect(beijingToday(new Date('2025-07-01T16:30:00Z'))).toBe('2025-07-02');
    expect(beijingToday(new Date('2025-07-01T15:59:00Z'))).toBe('2025-07-01');
  });
  it('prints dates and instants the Chinese way', () => {
    expect(zhDate('2025-07-01')).toBe('2025年7月1日');
    expect(beijingTime('2025-07-01T02:00:00.000Z')).toBe('2025-07-01 10:00');
  });
  it('places today in a window, both ends included', () => {
    expect(windowState('2025-08-17', '2025-08-18', '2025-08-20')).toBe('before');
    expect(windowState('2025-08-18', '2025-08-18', '2025-08-20')).toBe('open');
    expect(windowState('2025-08-20', '2025-08-18', '2025-08-20')).toBe('open');
    expect(windowState('2025-08-21', '2025-08-18', '2025-08-20')).toBe('after');
    expect(daysBetween('2025-08-17', '2025-08-20')).toBe(3);
  });
});
