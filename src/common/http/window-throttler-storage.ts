import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';

/** One client's count under one throttler: this window's requests and the last window's. */
interface Counter {
  /** Start of the current window (ms since the epoch). */
  windowStart: number;
  current: number;
  previous: number;
  /** Blocked until then (ms since the epoch); 0 when not blocked. */
  blockedUntil: number;
}

/**
 * The general rate limit's counts (RATE_PER_MINUTE per client address), kept in constant time
 * and memory per client: a sliding-window counter. The requests of the current window plus the
 * last window's, weighted by how much of it still lies within the sliding window of `ttl`.
 *
 * Why not @nestjs/throttler's own in-memory storage: it keeps one expiry time per request of
 * the window and, on every request, filters that whole list and takes `Math.min(...list)`.
 * That is O(requests per window) per request (about a tenth of a busy read's CPU in
 * `npm run bench:http`, and as much garbage), and past ~130,000 requests in a window (a high
 * RATE_PER_MINUTE behind one proxy address) the spread overflows the stack, so every request
 * of that address fails (issue 12).
 *
 * The count is the usual approximation (it assumes the last window's requests were spread
 * evenly); within a client's first window it is exact. As with the library's storage, a client
 * over the limit is blocked for `blockDuration`, its requests meanwhile are not counted, and
 * when the block ends it starts afresh.
 * Per instance, in memory, like the library's.
 */
export class WindowThrottlerStorage implements ThrottlerStorage {
  private readonly counters = new Map<string, Counter>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = this.now();
    this.sweep(now, ttl);
    const id = `${throttlerName}\u0000${key}`;
    let c = this.counters.get(id);
    if (!c) {
      c = { windowStart: now, current: 0, previous: 0, blockedUntil: 0 };
      this.counters.set(id, c);
    }
    if (c.blockedUntil && c.blockedUntil <= now) {
      // As the library's storage does: when a block ends the client starts afresh.
      Object.assign(c, { windowStart: now, current: 0, previous: 0, blockedUntil: 0 });
    }
    const passed = now - c.windowStart;
    if (passed >= ttl) {
      const windows = Math.floor(passed / ttl);
      c.previous = windows === 1 ? c.current : 0;
      c.current = 0;
      c.windowStart += windows * ttl;
    }
    const timeToExpire = Math.ceil((c.windowStart + ttl - now) / 1000);
    const weight = 1 - (now - c.windowStart) / ttl;
    const counted = () => Math.floor(c.previous * weight) + c.current;
    if (c.blockedUntil > now) {
      return Promise.resolve({
        totalHits: counted() + 1,
        timeToExpire,
        isBlocked: true,
        timeToBlockExpire: Math.ceil((c.blockedUntil - now) / 1000),
      });
    }
    c.current += 1;
    const totalHits = counted();
    const isBlocked = totalHits > limit;
    if (isBlocked) c.blockedUntil = now + (blockDuration > 0 ? blockDuration : ttl);
    return Promise.resolve({
      totalHits,
      timeToExpire,
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.ceil((c.blockedUntil - now) / 1000) : 0,
    });
  }

  /** How many clients are counted (for tests). */
  get size(): number {
    return this.counters.size;
  }

  /** At most once a window: forgets clients not seen for two windows and not blocked. */
  private sweep(now: number, ttl: number): void {
    if (now - this.lastSweep < ttl) return;
    this.lastSweep = now;
    for (const [id, c] of this.counters) {
      if (now - c.windowStart >= 2 * ttl && c.blockedUntil <= now) this.counters.delete(id);
    }
  }
}
