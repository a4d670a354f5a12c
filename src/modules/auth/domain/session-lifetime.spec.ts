import { sessionTokenLifetime } from './session-lifetime';

describe('absolute session limit', () => {
  const signedIn = new Date('2025-07-01T02:00:00Z');
  const at = (minutes: number) => new Date(signedIn.getTime() + minutes * 60_000);

  it.each([
    [0, 1800],
    [11 * 60, 1800],
    [12 * 60 - 10, 600],
    [12 * 60 - 0.5, 30],
  ])('%f minutes after sign-in a new token lives %i s', (minutes, seconds) => {
    expect(sessionTokenLifetime(signedIn, at(minutes), 1800, 12)).toBe(seconds);
  });

  it.each([12 * 60, 12 * 60 + 1, 48 * 60])('%i minutes after sign-in the session is over', (m) => {
    expect(sessionTokenLifetime(signedIn, at(m), 1800, 12)).toBeNull();
  });

  it('follows SESSION_MAX_HOURS', () => {
    expect(sessionTokenLifetime(signedIn, at(90), 1800, 2)).toBe(1800);
    expect(sessionTokenLifetime(signedIn, at(120), 1800, 2)).toBeNull();
  });
});
