import { countsOfEveryStatus, publicityProgress } from './waiting-counts';

describe('publicityProgress (三(二)2: submission from the day after the last day)', () => {
  const groups = [
    { publicityId: 'a', endDate: '2025-07-07', count: 3 },
    { publicityId: 'b', endDate: '2025-07-08', count: 2 },
    { publicityId: 'c', endDate: '2025-07-10', count: 4 },
  ];

  it.each([
    ['2025-07-07', { ended: 0, running: 3, nextEndDate: '2025-07-07' }],
    ['2025-07-08', { ended: 3, running: 2, nextEndDate: '2025-07-08' }],
    ['2025-07-09', { ended: 5, running: 1, nextEndDate: '2025-07-10' }],
    ['2025-07-11', { ended: 9, running: 0, nextEndDate: null }],
  ])('on %s', (today, expected) => {
    expect(publicityProgress(groups, today)).toEqual(expected);
  });

  it('answers zeros without publicities', () => {
    expect(publicityProgress([], '2025-07-01')).toEqual({
      ended: 0,
      running: 0,
      nextEndDate: null,
    });
  });
});

describe('countsOfEveryStatus', () => {
  it('lists every state in life order, zero where nothing was counted', () => {
    const out = countsOfEveryStatus([
      { status: 'accepted', count: 2 },
      { status: 'registered', count: 5 },
    ]);
    expect(out[0]).toEqual({ status: 'registered', count: 5 });
    expect(out.find((c) => c.status === 'accepted')?.count).toBe(2);
    expect(out.find((c) => c.status === 'cancelled')?.count).toBe(0);
    expect(out).toHaveLength(10);
  });
});
