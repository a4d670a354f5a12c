import { WindowThrottlerStorage } from './window-throttler-storage';

const MINUTE = 60_000;

describe('WindowThrottlerStorage (the general rate limit, issue 12)', () => {
  let now: number;
  let storage: WindowThrottlerStorage;
  const hit = (key = 'a', limit = 3, ttl = MINUTE) =>
    storage.increment(key, ttl, limit, ttl, 'default');
  /** n requests one after another, `gap` ms apart; how many were let through. */
  async function burst(n: number, limit: number, gap = 0): Promise<number> {
    let passed = 0;
    for (let i = 0; i < n; i++) {
      if (!(await hit('a', limit)).isBlocked) passed++;
      now += gap;
    }
    return passed;
  }

  beforeEach(() => {
    now = 1_000_000;
    storage = new WindowThrottlerStorage(() => now);
  });

  it('counts every request for a minute and blocks the one over the limit', async () => {
    expect((await hit()).totalHits).toBe(1);
    expect((await hit()).totalHits).toBe(2);
    const third = await hit();
    expect(third).toEqual({
      totalHits: 3,
      timeToExpire: 60,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    now += 10_000;
    expect(await hit()).toEqual({
      totalHits: 4,
      timeToExpire: 50,
      isBlocked: true,
      timeToBlockExpire: 60,
    });
  });

  it('keeps a blocked client blocked for the block duration, then lets it start afresh', async () => {
    for (let i = 0; i < 4; i++) await hit();
    now += 59_000;
    const still = await hit();
    expect(still.isBlocked).toBe(true);
    expect(still.timeToBlockExpire).toBe(1);
    now += 1_000;
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('lets a full limit through again once the earlier requests are a minute old', async () => {
    expect(await burst(60, 60)).toBe(60);
    now += MINUTE + 1_000;
    expect(await burst(60, 60)).toBe(60);
  });

  it('never lets more than the limit through in any minute, across window edges', async () => {
    now += 59_000;
    expect(await burst(60, 60)).toBe(60);
    now += 59_500; // 60.5 s after the first burst began, 59.5 s after it ended
    expect(await burst(59, 60)).toBe(0);
  });

  it('refuses a steady stream at twice the limit, a minute of blocking at a time', async () => {
    let refused = 0;
    for (let i = 0; i < 600; i++) {
      now += 500; // 120 a minute against a limit of 60
      if ((await hit('a', 60)).isBlocked) refused++;
    }
    expect(refused).toBeGreaterThan(250);
  });

  it('keeps clients and throttlers apart and forgets those gone quiet', async () => {
    for (let i = 0; i < 1_000; i++) await hit('busy', 1_000_000);
    await hit('quiet');
    expect((await hit('other')).totalHits).toBe(1);
    await storage.increment('busy', 15 * MINUTE, 5, 15 * MINUTE, 'strict');
    expect(storage.size).toBe(4);
    now += 2 * MINUTE;
    await hit('busy', 1_000_000);
    // The 15-minute count is still alive: only the one-minute clients gone quiet are forgotten.
    expect(storage.size).toBe(2);
    expect((await storage.increment('busy', 15 * MINUTE, 5, 15 * MINUTE, 'strict')).totalHits).toBe(
      2,
    );
  });

  it('does not revive requests when the clock is set back', async () => {
    await burst(3, 3);
    now += MINUTE + 1;
    expect((await hit()).totalHits).toBe(1);
    now -= 30_000;
    expect((await hit()).totalHits).toBe(2);
  });

  it('answers a client with 200,000 requests in a minute (where the library overflowed)', async () => {
    for (let i = 0; i < 200_000; i++) await hit('proxy', 1_000_000);
    expect((await hit('proxy', 1_000_000)).totalHits).toBe(200_001);
  });

  it('without a block duration refuses the requests over the limit without counting them', async () => {
    const plain = (_nth: number) => storage.increment('a', MINUTE, 2, 0, 'default');
    expect((await plain(1)).isBlocked).toBe(false);
    now += 20_000;
    expect((await plain(2)).isBlocked).toBe(false);
    expect(await plain(3)).toEqual({
      totalHits: 3,
      timeToExpire: 40,
      isBlocked: true,
      timeToBlockExpire: 40,
    });
    now += 40_000; // the first request has left the minute
    expect(await plain(4)).toMatchObject({ totalHits: 2, isBlocked: false });
  });
});
