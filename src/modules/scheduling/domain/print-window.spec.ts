import { effectivePrintDates, printWindow } from './print-window';

const session = { start: '2025-08-18', end: '2025-08-20' };

describe('printWindow (四)', () => {
  it.each([
    ['2025-08-17T15:59:59Z', false],
    ['2025-08-17T16:00:00Z', true],
    ['2025-08-20T15:59:59Z', true],
    ['2025-08-20T16:00:00Z', false],
  ])('at %s open: %s', (at, open) => {
    expect(printWindow(new Date(at), session, null)).toEqual({
      open,
      message: '准考证打印时间为 2025-08-18 至 2025-08-20（北京时间）',
    });
  });
  it('opens earlier and longer for one department', () => {
    const ext = { start: '2025-08-15', end: '2025-08-22' };
    expect(printWindow(new Date('2025-08-15T02:00:00Z'), session, ext).open).toBe(true);
    expect(printWindow(new Date('2025-08-22T02:00:00Z'), session, ext)).toEqual({
      open: true,
      message: '准考证打印时间为 2025-08-15 至 2025-08-22（北京时间）',
    });
  });

  it('names the days a department may print, its extension counted only where it widens', () => {
    expect(effectivePrintDates(session, null)).toEqual(session);
    expect(effectivePrintDates(session, { start: '2025-08-15', end: '2025-08-19' })).toEqual({
      start: '2025-08-15',
      end: '2025-08-20',
    });
  });
});
