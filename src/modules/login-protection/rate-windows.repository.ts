import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RateWindowEntity } from './entities/rate-window.entity';

/**
 * Counters of fixed windows. Every change is a single conditional statement
 * inside the caller's write transaction, so parallel requests and other
 * instances never count past a limit (no read-then-write).
 */
@Injectable()
export class RateWindowsRepository {
  async ensure(em: EntityManager, bucket: string, windowStart: string, expiresAt: Date) {
    await em
      .createQueryBuilder()
      .insert()
      .into(RateWindowEntity)
      .values({ bucket, windowStart, hits: 0, expiresAt })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  /** Adds one hit unless the window already has `limit`; true when it was added. */
  async hitBelow(em: EntityManager, bucket: string, windowStart: string, limit: number) {
    const r = await em
      .createQueryBuilder()
      .update(RateWindowEntity)
      .set({ hits: () => 'hits + 1' })
      .where('bucket = :bucket AND window_start = :windowStart AND hits < :limit', {
        bucket,
        windowStart,
        limit,
      })
      .execute();
    return (r.affected ?? 0) > 0;
  }

  async unhit(em: EntityManager, bucket: string, windowStart: string): Promise<void> {
    await em
      .createQueryBuilder()
      .update(RateWindowEntity)
      .set({ hits: () => 'hits - 1' })
      .where('bucket = :bucket AND window_start = :windowStart AND hits > 0', {
        bucket,
        windowStart,
      })
      .execute();
  }

  async hitsOf(em: EntityManager, buckets: string[], windowStart: string) {
    if (buckets.length === 0) return new Map<string, number>();
    const rows = await em
      .getRepository(RateWindowEntity)
      .createQueryBuilder('w')
      .where('w.bucket IN (:...buckets) AND w.windowStart = :windowStart', {
        buckets,
        windowStart,
      })
      .getMany();
    return new Map(rows.map((r) => [r.bucket, r.hits]));
  }

  async deleteBucket(em: EntityManager, bucket: string): Promise<void> {
    await em.getRepository(RateWindowEntity).delete({ bucket });
  }

  async deleteExpired(em: EntityManager, now: Date): Promise<void> {
    await em
      .createQueryBuilder()
      .delete()
      .from(RateWindowEntity)
      .where('expires_at < :now', { now: now.toISOString() })
      .execute();
  }
}
