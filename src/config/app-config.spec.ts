import { loadConfig } from './app-config';

describe('sign-in settings', () => {
  it('defaults to 5 failures per address, 15 minutes, 100 per account and hour, 12-hour sessions', () => {
    expect(loadConfig({})).toMatchObject({
      LOGIN_MAX_FAILURES: 5,
      LOGIN_LOCK_MINUTES: 15,
      LOGIN_MAX_PER_HOUR: 100,
      SESSION_MAX_HOURS: 12,
    });
  });

  it('never allows more than 100 wrong passwords per account and hour (checklist #11)', () => {
    expect(() => loadConfig({ LOGIN_MAX_PER_HOUR: '101' })).toThrow(/LOGIN_MAX_PER_HOUR/);
    expect(loadConfig({ LOGIN_MAX_PER_HOUR: '100' }).LOGIN_MAX_PER_HOUR).toBe(100);
  });

  it('reads SESSION_MAX_HOURS', () => {
    expect(loadConfig({ SESSION_MAX_HOURS: '8' }).SESSION_MAX_HOURS).toBe(8);
    expect(() => loadConfig({ SESSION_MAX_HOURS: '0' })).toThrow(/SESSION_MAX_HOURS/);
  });
});
