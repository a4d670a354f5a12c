import { oneTimePassword } from './one-time-password';
import { passwordProblems } from './password-policy';

const seeded = (seed: number) => (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

describe('oneTimePassword', () => {
  it.each([1, 2, 3, 42, 9999])(
    'meets the password policy and has no look-alikes (seed %i)',
    (s) => {
      const p = oneTimePassword('zhang.san', seeded(s));
      expect(p).toHaveLength(12);
      expect(passwordProblems(p, 'zhang.san')).toEqual([]);
      expect(p).not.toMatch(/[0O1lI]/);
    },
  );

  it('draws again when a draw would contain the username', () => {
    // Forty zeros make the first draw from A, a, 2, # only: it contains "aaa" and is refused.
    let calls = 0;
    const random = (n: number) => (calls++ < 40 ? 0 : (calls * 7) % n);
    const p = oneTimePassword('AAA', random);
    expect(p.toLowerCase()).not.toContain('aaa');
    expect(passwordProblems(p, 'AAA')).toEqual([]);
  });
});
