import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';

/** One client's hits under one throttler. */
interface Counter {
  /** When each counted hit leaves the window (ms since the epoch), oldest first, from `head` on. */
  expiries: number[];
  head: number;
  /** The fixed window the X-RateLimit-Reset header counts down to, as the library keeps it. */
  resetAt: number;
  /** Blocked until then (ms since the epoch); 0 when not blocked. */
  blockedUntil: number;
}

/** How often clients gone quiet are forgotten. */
const SWEEP_EVERY_MS = 60_000;

/**
 * The general rate limit's counts (RATE_PER_MINUTE per client address) with the semantics of
 * @nestjs/throttler's in-memory storage: every hit counts for exactly `ttl` (a sliding log), a
 * client over the limit is blocked for `blockDuration`, its requests meanwhile are not counted,
 * and it starts afresh when the block ends.
 *
 * Why not the library's own storage: on every request it filters the whole list of the client's
 * hits and spreads it into `Math.min(...list)`. That is O(hits in the window) per request and as
 * much garbage (about a tenth of a busy read's CPU in `npm run bench:http`), and past ~130,000
 * hits in a window (a high RATE_PER_MINUTE behind one proxy address) the spread overflows the
 * stack, so every request of that address fails (issue 12). Here hits leave from the front of
 * a queue in the order they came (amortised constant time per request), and a client's queue
 * holds at most the limit plus one hits.
 */
export class WindowThrottlerStorage implements ThrottlerStorage {
  private readonly counters = new Map<string, Counter>();
  private lastSweep = 0;
  private lastNow = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = this.now();
    this.sweep(now);
    const id = `${throttlerName}\u0000${key}`;
    let c = this.counters.get(id);
    if (!c) {
      c = { expiries: [], head: 0, resetAt: now + ttl, blockedUntil: 0 };
      this.counters.set(id, c);
    }
    if (c.blockedUntil && c.blockedUntil <= now) {
      Object.assign(c, { expiries: [], head: 0, blockedUntil: 0 });
    }
    prune(c, now);
    if (c.resetAt <= now) c.resetAt = now + ttl;
    const timeToExpire = seconds(c.resetAt - now);
    const hits = () => c.expiries.length - c.head;

    if (blockDuration <= 0) {
      // The library's path without a block: a request over the limit is refused, not counted.
      const isBlocked = hits() >= limit;
      if (!isBlocked) c.expiries.push(now + ttl);
      return Promise.resolve({
        totalHits: hits() + (isBlocked ? 1 : 0),
        timeToExpire,
        isBlocked,
        timeToBlockExpire: isBlocked && hits() ? seconds(c.expiries[c.head] - now) : 0,
      });
    }
    if (!c.blockedUntil) {
      c.expiries.push(now + ttl);
      if (hits() > limit) c.blockedUntil = now + blockDuration;
    }
    return Promise.resolve({
      totalHits: hits(),
      timeToExpire,
      isBlocked: c.blockedUntil > 0,
      timeToBlockExpire: c.blockedUntil ? seconds(c.blockedUntil - now) : 0,
    });
  }

  /** How many clients are counted (for tests). */
  get size(): number {
    return this.counters.size;
  }

  /** Never earlier than the last reading: a clock set back must not revive expired hits. */
  private now(): number {
    const t = this.clock();
    this.lastNow = Math.max(this.lastNow, t);
    return this.lastNow;
  }

  /** At most once a minute: forgets clients with no hit in any window and not blocked. */
  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    for (const [id, c] of this.counters) {
      prune(c, now);
      if (c.expiries.length === c.head && c.blockedUntil <= now) this.counters.delete(id);
    }
  }
}

/** Drops the hits that have left the window, and compacts the queue now and then. */
function prune(c: Counter, now: number): void {
  while (c.head < c.expiries.length && c.expiries[c.head] <= now) c.head++;
  if (c.head > 1024 && c.head * 2 > c.expiries.length) {
    c.expiries = c.expiries.slice(c.head);
    c.head = 0;
  }
}

const seconds = (ms: number) => Math.ceil(ms / 1000);
