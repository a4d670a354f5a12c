import {
  sittingConflict,
  sittingDateProblems,
  sittingProblems,
  type SittingTimes,
} from './sitting-checks';

const s = (over: Partial<SittingTimes> = {}): SittingTimes => ({
  paperCategory: '综合',
  component: 'theory',
  date: '2025-09-13',
  startTime: '09:00',
  endTime: '11:00',
  venueId: 'v1',
  ...over,
});

describe('sittingDateProblems (四, 五)', () => {
  // Session: tickets printed 2025-08-18..08-20.
  it.each([
    ['2025-08-21', '2025-08-01', []],
    ['2025-08-20', '2025-08-01', ['SITTING_DATE_BEFORE_TICKETS']],
    ['2025-08-10', '2025-08-01', ['SITTING_DATE_BEFORE_TICKETS']],
    ['2025-09-13', '2025-09-13', []],
    ['2025-09-12', '2025-09-13', ['SITTING_DATE_PAST']],
    ['2025-08-19', '2025-08-20', ['SITTING_DATE_PAST', 'SITTING_DATE_BEFORE_TICKETS']],
  ])('a sitting on %s, today %s: %j', (date, today, codes) => {
    const p = sittingDateProblems(date, today, '2025-08-20');
    expect(p.map((x) => x.code)).toEqual(codes);
    for (const x of p) expect(x.message).toContain(date);
  });

  it('names the printing deadline', () => {
    expect(sittingDateProblems('2025-08-20', '2025-08-01', '2025-08-20')[0].message).toContain(
      '准考证打印截止日 2025-08-20',
    );
  });
});

describe('sittingConflict', () => {
  it.each([
    ['theory and practical of one category at once', s({ component: 'practical' }), 'overlap'],
    ['practical at another venue at once', s({ component: 'practical', venueId: 'v2' }), 'overlap'],
    ['the same component twice at one venue', s({ startTime: '10:00', endTime: '12:00' }), 'duplicate'],
    ['the same component at another venue (a split category)', s({ venueId: 'v2' }), undefined],
    ['the same component on another day', s({ date: '2025-09-14' }), undefined],
    ['another category at once', s({ paperCategory: '电工', component: 'practical' }), undefined],
    ['theory right after practical', s({ component: 'practical', startTime: '11:00', endTime: '12:00' }), undefined],
  ])('%s', (_name, other, kind) => {
    expect(sittingConflict(s(), [{ ...other, id: 'o' }])?.kind).toBe(kind);
  }); // prettier-ignore

  it('ignores the sitting itself when it is edited', () => {
    expect(sittingConflict(s({ id: 'a' }), [s({ id: 'a' })])).toBeUndefined();
  });
});

describe('sittingProblems', () => {
  it('refuses an end before the start', () => {
    expect(sittingProblems(s({ endTime: '08:00' }))).toEqual([
      { field: 'endTime', code: 'TIME_ORDER', message: '结束时间须晚于开始时间' },
    ]);
  });
});
