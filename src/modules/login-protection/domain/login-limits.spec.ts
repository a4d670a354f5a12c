import {
  hourlyLimit,
  holdEnd,
  isKnownSource,
  knownSourceReserve,
  windowStart,
} from './login-limits';

describe('sign-in limits', () => {
  it.each([
    ['2025-07-01T02:00:00.000Z', 60_000, '2025-07-01T02:00:00.000Z'],
    ['2025-07-01T02:00:59.999Z', 60_000, '2025-07-01T02:00:00.000Z'],
    ['2025-07-01T02:01:00.000Z', 60_000, '2025-07-01T02:01:00.000Z'],
    ['2025-07-01T02:59:59.999Z', 3_600_000, '2025-07-01T02:00:00.000Z'],
    ['2025-07-01T03:00:00.000Z', 3_600_000, '2025-07-01T03:00:00.000Z'],
  ])('puts %s in the window of length %i starting %s', (now, length, start) => {
    expect(windowStart(new Date(now), length)).toBe(start);
  });

  it.each([
    // known, perHour, maxFailures, limit
    [true, 100, 5, 100],
    [false, 100, 5, 95],
    [false, 100, 20, 80],
    [false, 6, 5, 3],
    [false, 1, 5, 1],
  ])('known=%s, %i per hour, %i in a row: an address may use %i', (known, perHour, max, limit) => {
    expect(hourlyLimit(known, perHour, max)).toBe(limit);
  });

  it('never lets the hour exceed its budget (checklist #11: at most 100 per account)', () => {
    expect(hourlyLimit(true, 100, 5)).toBeLessThanOrEqual(100);
    expect(knownSourceReserve(100, 5)).toBe(5);
  });

  it.each([
    [null, false],
    ['2025-06-30T02:00:00Z', true],
    ['2025-04-03T02:00:01Z', true],
    ['2025-04-02T02:00:00Z', false],
  ])('a source last successful at %s is known on 2025-07-01: %s', (at, known) => {
    expect(isKnownSource(at ? new Date(at) : null, new Date('2025-07-01T02:00:00Z'))).toBe(known);
  });

  it('holds for the configured minutes', () => {
    expect(holdEnd(new Date('2025-07-01T02:00:00Z'), 15).toISOString()).toBe(
      '2025-07-01T02:15:00.000Z',
    );
  });
});
