import { compareEntries, emptyRows } from './compare-entries';
import type { Mark } from './marks';

const score = (tenths: number): Mark => ({ kind: 'score', tenths });

describe('compareEntries: 双录入, final only where both entries agree', () => {
  const roster = ['a', 'b', 'c', 'd', 'e'];
  const first = new Map<string, Mark>([
    ['a', score(725)],
    ['b', { kind: 'absent' }],
    ['c', score(600)],
    ['d', { kind: 'violation', violationType: 'copying', void: 'component' }],
  ]);
  const second = new Map<string, Mark>([
    ['a', score(725)],
    ['b', { kind: 'absent' }],
    ['c', score(60)],
    ['d', { kind: 'violation', violationType: 'copying', void: 'exam' }],
    ['e', score(800)],
  ]);

  it('makes agreeing rows final and lists the others as discrepancies, in roster order', () => {
    const r = compareEntries(roster, first, second);
    expect(r.agreed.map((x) => x.registrationId)).toEqual(['a', 'b']);
    expect(r.disputed).toEqual([
      { registrationId: 'c', first: score(600), second: score(60) },
      {
        registrationId: 'd',
        first: { kind: 'violation', violationType: 'copying', void: 'component' },
        second: { kind: 'violation', violationType: 'copying', void: 'exam' },
      },
      { registrationId: 'e', first: null, second: score(800) },
    ]);
  });

  it('ignores marks of registrations no longer on the roster (cancelled)', () => {
    const r = compareEntries(
      ['a'],
      new Map([
        ['x', score(1)],
        ['a', score(2)],
      ]),
      new Map([['a', score(2)]]),
    );
    expect(r).toEqual({ agreed: [{ registrationId: 'a', mark: score(2) }], disputed: [] });
  });

  it('counts what is still empty in an entry', () => {
    const rows = roster.map((registrationId, i) => ({ registrationId, seat: i + 1 }));
    expect(emptyRows(rows, first).map((r) => r.seat)).toEqual([5]);
  });
});
