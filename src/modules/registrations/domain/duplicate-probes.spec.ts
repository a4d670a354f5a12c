import { probeDecision, probeGate } from './duplicate-probes';

describe('duplicate findings about other units are bounded per account and day (issue 8, finding 6)', () => {
  it.each([
    [0, 0, true],
    [0, 1, true],
    [19, 1, true],
    [20, 0, true],
    [20, 1, false],
    [0, 21, false],
    [5, 16, false],
  ])('%i counted today, %i found now → revealed %s', (counted, found, ok) => {
    expect(probeDecision(counted, found, 20).ok).toBe(ok);
  });

  it.each([
    [0, true],
    [19, true],
    [20, false],
    [45, false],
  ])('an account with %i counted today may enter people: %s', (counted, ok) => {
    expect(probeGate(counted, 20).ok).toBe(ok);
  });

  it('explains the refusal in Chinese without naming anyone', () => {
    const d = probeDecision(20, 3, 20);
    expect(d.ok).toBe(false);
    expect(!d.ok && d.message).toContain('超过 20 个');
  });
});
