import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { windowStart } from './domain/login-limits';
import { RateWindowsRepository } from './rate-windows.repository';

/** Fixed-window counters in the database, shared by every instance of the service. */
@Injectable()
export class RateWindows {
  constructor(private readonly repo: RateWindowsRepository) {}

  /**
   * Counts one event of `bucket` in the window of `lengthMs` that contains
   * `now`. Returns the window counted in, or null (nothing counted) when it
   * already holds `limit` events.
   */
  async hit(
    em: EntityManager,
    bucket: string,
    now: Date,
    lengthMs: number,
    limit: number,
  ): Promise<string | null> {
    const start = windowStart(now, lengthMs);
    await this.repo.ensure(em, bucket, start, new Date(Date.parse(start) + lengthMs));
    return (await this.repo.hitBelow(em, bucket, start, limit)) ? start : null;
  }

  /** Gives back an event counted in `window` (it turned out not to count). */
  unhit(em: EntityManager, bucket: string, window: string): Promise<void> {
    return this.repo.unhit(em, bucket, window);
  }

  clear(em: EntityManager, bucket: string): Promise<void> {
    return this.repo.deleteBucket(em, bucket);
  }

  /** Events counted so far in the current window, per bucket. */
  current(em: EntityManager, buckets: string[], now: Date, lengthMs: number) {
    return this.repo.hitsOf(em, buckets, windowStart(now, lengthMs));
  }

  purge(em: EntityManager, now: Date): Promise<void> {
    return this.repo.deleteExpired(em, now);
  }
}
