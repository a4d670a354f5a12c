import { WindowThrottlerStorage } from './window-throttler-storage';

const MINUTE = 60_000;

describe('WindowThrottlerStorage (the general rate limit, issue 12)', () => {
  let now: number;
  let storage: WindowThrottlerStorage;
  const hit = (key = 'a', limit = 3) => storage.increment(key, MINUTE, limit, MINUTE, 'default');

  beforeEach(() => {
    now = 1_000_000;
    storage = new WindowThrottlerStorage(() => now);
  });

  it('counts the requests of a client exactly within its first window and blocks the one over', async () => {
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

  it('counts the last window by the share of it still inside the sliding minute', async () => {
    await hit('a', 10);
    await hit('a', 10);
    await hit('a', 10);
    await hit('a', 10);
    now += MINUTE + 15_000; // a quarter into the next window: 3/4 of the last one's 4 count
    expect((await hit('a', 10)).totalHits).toBe(3 + 1);
    now += 45_000; // the start of the window after: the last window (1 request) counts whole
    expect((await hit('a', 10)).totalHits).toBe(1 + 1);
    now += 2 * MINUTE; // two windows on: nothing before counts
    expect((await hit('a', 10)).totalHits).toBe(1);
  });

  it('refuses a steady stream over the limit across window edges, not only within one', async () => {
    let refused = 0;
    for (let i = 0; i < 600; i++) {
      now += 500; // 120 a minute against a limit of 60
      if ((await hit('a', 60)).isBlocked) refused++;
    }
    expect(refused).toBeGreaterThan(200);
  });

  it('keeps clients apart and forgets those gone quiet, in constant memory per client', async () => {
    for (let i = 0; i < 1_000; i++) await hit('busy', 1_000_000);
    await hit('quiet');
    expect((await hit('other')).totalHits).toBe(1);
    expect(storage.size).toBe(3);
    now += 2 * MINUTE;
    await hit('busy', 1_000_000);
    expect(storage.size).toBe(1);
  });

  it('answers a client with 200,000 requests in a window (where the library overflowed the stack)', async () => {
    for (let i = 0; i < 200_000; i++) await hit('proxy', 1_000_000);
    expect((await hit('proxy', 1_000_000)).totalHits).toBe(200_001);
  });
});
