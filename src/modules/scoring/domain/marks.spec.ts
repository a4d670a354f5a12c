import {
  describeMark,
  markFromColumns,
  markToColumns,
  parseMark,
  sameMark,
  scoreToTenths,
  type Mark,
} from './marks';

describe('marks: 五 "各项成绩实行百分制，合格分数均为 60 分"', () => {
  it.each([
    [0, 0],
    [60, 600],
    [72.5, 725],
    [99.9, 999],
    [100, 1000],
    [0.1, 1],
  ])('accepts %p points as %p tenths', (score, tenths) => {
    expect(scoreToTenths(score)).toBe(tenths);
  });

  it.each([[-0.1], [100.1], [101], [72.55], [59.99], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'refuses %p (outside 0–100 or more than one decimal place)',
    (score) => {
      expect(scoreToTenths(score)).toBeNull();
      expect(parseMark({ kind: 'score', score })).toEqual({
        ok: false,
        field: 'score',
        message: '成绩须为 0–100 分，最多一位小数',
      });
    },
  );

  it('refuses a score mark without a score', () => {
    expect(parseMark({ kind: 'score', score: null }).ok).toBe(false);
  });

  it('takes absence as its own mark, not a 0', () => {
    expect(parseMark({ kind: 'absent', score: 0 })).toEqual({ ok: true, mark: { kind: 'absent' } });
  });

  it.each([
    [{ kind: 'violation' as const }, 'violationType'],
    [{ kind: 'violation' as const, violationType: 'copying' }, 'violationVoid'],
    [
      { kind: 'violation' as const, violationType: 'chatting', violationVoid: 'exam' },
      'violationType',
    ],
    [
      { kind: 'violation' as const, violationType: 'copying', violationVoid: 'day' },
      'violationVoid',
    ],
  ])('a violation needs its type and decision: %p fails on %p', (input, field) => {
    const r = parseMark(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.field).toBe(field);
  });

  it('accepts a violation with type and decision', () => {
    expect(
      parseMark({ kind: 'violation', violationType: 'impersonation', violationVoid: 'exam' }),
    ).toEqual({
      ok: true,
      mark: { kind: 'violation', violationType: 'impersonation', void: 'exam' },
    });
  });

  const s = (tenths: number): Mark => ({ kind: 'score', tenths });
  const v = (t: 'copying' | 'other', d: 'component' | 'exam'): Mark => ({
    kind: 'violation',
    violationType: t,
    void: d,
  });
  it.each<[string, Mark | null, Mark | null, boolean]>([
    ['same score', s(725), s(725), true],
    ['different score', s(725), s(752), false],
    ['absent twice', { kind: 'absent' }, { kind: 'absent' }, true],
    ['absent vs 0', { kind: 'absent' }, s(0), false],
    ['same violation', v('copying', 'exam'), v('copying', 'exam'), true],
    ['violation, other decision', v('copying', 'exam'), v('copying', 'component'), false],
    ['violation, other type', v('copying', 'exam'), v('other', 'exam'), false],
    ['one missing', s(600), null, false],
    ['both missing', null, null, false],
  ])('sameMark: %s → %p', (_, a, b, expected) => {
    expect(sameMark(a, b)).toBe(expected);
  });

  it.each<[Mark | null, string]>([
    [s(725), '72.5 分'],
    [s(600), '60 分'],
    [{ kind: 'absent' }, '缺考'],
    [v('copying', 'exam'), '违纪（抄袭、传递答案，全部科目成绩无效）'],
    [null, '未录入'],
  ])('describes %p as %p', (m, text) => {
    expect(describeMark(m)).toBe(text);
  });

  it.each<[Mark | null]>([
    [s(0)],
    [s(1000)],
    [{ kind: 'absent' }],
    [v('other', 'component')],
    [null],
  ])('stores %p in columns and reads it back', (m) => {
    expect(markFromColumns(markToColumns(m))).toEqual(m);
  });
});
