import { reconcileWithLedger, type CurrentFacts } from './reconcile';

const driver = {
  occupation: '汽车驾驶员',
  level: 'senior' as const,
  certDate: '2019-10-15',
  source: 'certificate' as const,
  certificateNumber: 'DL2019-0001',
  active: true,
};
const electrician = {
  ...driver,
  occupation: '电工',
  level: 'intermediate' as const,
  certDate: '2012-06-01',
  certificateNumber: null,
};
const EMPTY: CurrentFacts = { currentOccupation: null, currentLevel: null, currentCertDate: null };
const RECORDED: CurrentFacts = {
  currentOccupation: '汽车驾驶员',
  currentLevel: 'senior',
  currentCertDate: '2019-10-15',
};

describe('reconcileWithLedger: a registration’s current holding against the ledger', () => {
  it('keeps the typed facts when nothing is on record', () => {
    const typed = { ...RECORDED, currentOccupation: '电工' };
    expect(reconcileWithLedger(typed, [])).toEqual({ ok: true, facts: typed, from: null });
    expect(reconcileWithLedger(typed, [{ ...driver, active: false }])).toMatchObject({
      ok: true,
      facts: typed,
    });
  });

  it.each<[string, Partial<CurrentFacts>]>([
    ['all empty', {}],
    ['only the occupation typed', { currentOccupation: '汽车驾驶员' }],
    ['only the level typed', { currentLevel: 'senior' }],
    [
      'all typed and matching (full-width spaces ignored)',
      { ...RECORDED, currentOccupation: '汽车驾驶员 ' },
    ],
  ])('fills empty fields from the holding: %s', (_n, typed) => {
    const r = reconcileWithLedger({ ...EMPTY, ...typed }, [driver, electrician]);
    expect(r).toMatchObject({
      ok: true,
      facts: RECORDED,
      from: { certificateNumber: 'DL2019-0001' },
    });
  });

  it('accepts typed facts of another active holding of the person', () => {
    const typed = {
      currentOccupation: '电工',
      currentLevel: 'intermediate' as const,
      currentCertDate: null,
    };
    expect(reconcileWithLedger(typed, [driver, electrician])).toMatchObject({
      ok: true,
      facts: {
        currentOccupation: '电工',
        currentLevel: 'intermediate',
        currentCertDate: '2012-06-01',
      },
    });
  });

  it.each<[string, Partial<CurrentFacts>, string[]]>([
    ['a lower level typed', { currentLevel: 'intermediate' }, ['currentLevel']],
    ['another date typed', { currentCertDate: '2020-01-01' }, ['currentCertDate']],
    ['an occupation not held', { currentOccupation: '电焊工' }, ['currentOccupation']],
    [
      'everything different',
      { currentOccupation: '电焊工', currentLevel: 'technician', currentCertDate: '2020-01-01' },
      ['currentOccupation', 'currentLevel', 'currentCertDate'],
    ],
  ])('refuses contradicting facts, naming the record: %s', (_n, typed, fields) => {
    const r = reconcileWithLedger({ ...EMPTY, ...typed }, [driver]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual(fields);
    expect(r.problems[0].code).toBe('LEDGER_MISMATCH');
    expect(r.problems[0].message).not.toMatch(/intermediate|technician/);
    expect(r.problems[0].message).toContain(
      '证书台账记录：汽车驾驶员 高级工，2019-10-15 取得（证书编号 DL2019-0001）',
    );
  });

  it('compares a typed level in a held occupation with that occupation’s holding', () => {
    const r = reconcileWithLedger({ ...EMPTY, currentOccupation: '电工', currentLevel: 'senior' }, [
      driver,
      electrician,
    ]);
    expect(r).toMatchObject({ ok: false, problems: [{ field: 'currentLevel' }] });
    if (!r.ok) expect(r.problems[0].message).toContain('电工 中级工，2012-06-01 取得');
  });
});
