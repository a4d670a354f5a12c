import { currentHolding, describeHolding, type Holding } from './holding';

const entry = (over: Partial<Holding & { active: boolean }>) => ({
  occupation: '汽车驾驶员',
  level: 'senior' as const,
  certDate: '2019-10-15',
  source: 'certificate' as const,
  certificateNumber: null,
  active: true,
  ...over,
});

describe('currentHolding: the holding a registration takes as 现职业等级', () => {
  it('is null without an active entry', () => {
    expect(currentHolding([])).toBeNull();
    expect(currentHolding([entry({ active: false })])).toBeNull();
  });

  it.each([
    [
      'the highest level wins over a later lower one',
      [
        entry({ level: 'senior', certDate: '2015-01-01' }),
        entry({ level: 'intermediate', certDate: '2020-01-01' }),
      ],
      'senior',
      '2015-01-01',
    ],
    [
      'among equal levels the latest 获证时间',
      [entry({ certDate: '2019-10-15' }), entry({ occupation: '电工', certDate: '2021-03-01' })],
      'senior',
      '2021-03-01',
    ],
    [
      'a revoked (inactive) entry does not count, however high',
      [entry({ level: 'technician', active: false }), entry({ level: 'intermediate' })],
      'intermediate',
      '2019-10-15',
    ],
  ])('%s', (_name, entries, level, certDate) => {
    expect(currentHolding(entries)).toMatchObject({ level, certDate });
  });

  it('does not depend on the order of the rows', () => {
    const a = entry({ certificateNumber: 'A1' });
    const b = entry({ certificateNumber: 'B1', occupation: '电工' });
    expect(currentHolding([a, b])).toBe(b);
    expect(currentHolding([b, a])).toBe(b);
  });
});

describe('describeHolding', () => {
  it.each([
    [
      entry({ certificateNumber: 'DL2019-0001' }),
      '证书台账记录：汽车驾驶员 高级工，2019-10-15 取得（证书编号 DL2019-0001）',
    ],
    [entry({ level: 'technician' }), '证书台账记录：汽车驾驶员 技师，2019-10-15 取得'],
  ])('names the recorded holding', (h, text) => {
    expect(describeHolding(h)).toBe(text);
  });
});
