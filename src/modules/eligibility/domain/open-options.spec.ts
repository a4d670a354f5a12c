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
    expect(options.map((o) => `${o.route}/${o.level}`)).toEqual([
      'standard/junior',
      'veteran/junior',
      'management-transfer/junior',
    ]);
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
