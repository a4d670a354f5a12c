import { contextFor, makeApplication } from '../../../../test/factories/eligibility.factory';
import { openOptions, Profile } from './open-options';

function profile(overrides: Partial<Profile> = {}): Profile {
  const { route: _r, targetLevel: _l, ...p } = makeApplication(overrides);
  return p;
}

describe('openOptions', () => {
  it('offers a senior 汽车驾驶员 of long standing the technician level under 二(二)1', () => {
    const p = profile();
    const options = openOptions(
      p,
      contextFor({ ...p, route: 'standard', targetLevel: 'technician' }),
    );
    expect(options.map((o) => [o.route, o.level, o.clause])).toContainEqual([
      'standard',
      'technician',
      '二(二)1',
    ]);
    expect(options.every((o) => o.level !== 'junior')).toBe(true);
  });

  it('offers a recently confirmed worker without a level only the junior level', () => {
    const p = profile({
      workStartDate: '2023-09-01',
      currentOccupation: null,
      currentLevel: null,
      currentCertDate: null,
    });
    const options = openOptions(p, contextFor({ ...p, route: 'standard', targetLevel: 'junior' }));
    expect(options.map((o) => `${o.route}/${o.level}/${o.clause}`)).toEqual([
      'standard/junior/二(二)4',
    ]);
  });

  it('never offers a 高级工 holder his own level or a lower one in the same occupation (晋升)', () => {
    const p = profile({
      workStartDate: '2000-01-01',
      currentLevel: 'senior',
      currentCertDate: '2022-01-01',
    });
    const options = openOptions(p, contextFor({ ...p, route: 'standard', targetLevel: 'senior' }));
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((o) => o.level === 'technician')).toBe(true);
  });

  it('offers a 高级工 of another occupation only the same level, under 二(八)', () => {
    const p = profile({ workStartDate: '2000-01-01', currentOccupation: '维修电工' });
    const options = openOptions(p, contextFor({ ...p, route: 'standard', targetLevel: 'senior' }));
    expect(options.map((o) => `${o.level}/${o.clause}`)).toEqual(['senior/二(八)']);
  });

  it('includes exempt re-recognition when a verified certificate matches', () => {
    const p = profile({
      nationalCertificate: {
        level: 'technician',
        occupation: '汽车驾驶员',
        verified: true,
        militaryCommitment: false,
      },
    });
    const options = openOptions(
      p,
      contextFor({ ...p, route: 'standard', targetLevel: 'technician' }),
    );
    expect(options).toContainEqual(
      expect.objectContaining({
        route: 'standard',
        level: 'technician',
        mode: 'exempt-review',
        clause: '二(九)',
      }),
    );
  });
});
