import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LoginHoldEntity } from './entities/login-hold.entity';

/** The attempt this statement takes: a new series after an expired hold, else one more. */
const NEXT_FAILURES = 'CASE WHEN held_until IS NULL THEN failures + 1 ELSE 1 END';

@Injectable()
export class LoginHoldsRepository {
  async ensure(em: EntityManager, username: string, source: string, now: Date): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(LoginHoldEntity)
      .values({
        username,
        source,
        failures: 0,
        heldUntil: null,
        lastSuccessAt: null,
        updatedAt: now,
      })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  find(em: EntityManager, username: string, source: string): Promise<LoginHoldEntity | null> {
    return em.getRepository(LoginHoldEntity).findOne({ where: { username, source } });
  }

  /**
   * Takes one attempt before the password is checked, in one conditional
   * statement: refused while the address is held; the attempt that reaches
   * `max` places the hold itself, so parallel requests cannot all pass the
   * check before any failure is written (finding 1).
   */
  async takeAttempt(
    em: EntityManager,
    key: { username: string; source: string },
    now: Date,
    max: number,
    holdEnd: Date,
  ): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(LoginHoldEntity)
      .set({
        failures: () => NEXT_FAILURES,
        heldUntil: () => `CASE WHEN ${NEXT_FAILURES} >= :max THEN :holdEnd ELSE NULL END`,
        updatedAt: now,
      })
      .where('username = :username AND source = :source')
      .andWhere('(held_until IS NULL OR held_until <= :now)')
      .setParameters({ ...key, now: now.toISOString(), max, holdEnd: holdEnd.toISOString() })
      .execute();
    return (r.affected ?? 0) > 0;
  }

  /** A right password: the series ends and the address becomes known. */
  async succeed(em: EntityManager, username: string, source: string, now: Date): Promise<void> {
    await em
      .getRepository(LoginHoldEntity)
      .update(
        { username, source },
        { failures: 0, heldUntil: null, lastSuccessAt: now, updatedAt: now },
      );
  }

  /** Ends every series and hold of a name (unlock); known addresses stay known. */
  async release(em: EntityManager, username: string, now: Date): Promise<void> {
    await em
      .getRepository(LoginHoldEntity)
      .update({ username }, { failures: 0, heldUntil: null, updatedAt: now });
  }

  async markKnown(em: EntityManager, username: string, source: string, now: Date): Promise<void> {
    await this.ensure(em, username, source, now);
    await em
      .getRepository(LoginHoldEntity)
      .update({ username, source }, { lastSuccessAt: now, updatedAt: now });
  }

  /** Of these names, those held at some address now. */
  async heldNames(em: EntityManager, usernames: string[], now: Date): Promise<string[]> {
    if (usernames.length === 0) return [];
    const rows = await em
      .getRepository(LoginHoldEntity)
      .createQueryBuilder('h')
      .select('DISTINCT h.username', 'username')
      .where('h.username IN (:...usernames) AND h.heldUntil > :now', {
        usernames,
        now: now.toISOString(),
      })
      .getRawMany<{ username: string }>();
    return rows.map((r) => r.username);
  }

  /** Forgets quiet series of addresses that are not known, and long-unused known ones. */
  async deleteStale(em: EntityManager, now: Date, quietSince: Date, knownSince: Date) {
    await em
      .createQueryBuilder()
      .delete()
      .from(LoginHoldEntity)
      .where('updated_at < :quietSince AND (held_until IS NULL OR held_until < :now)', {
        quietSince: quietSince.toISOString(),
        now: now.toISOString(),
      })
      .andWhere('(last_success_at IS NULL OR last_success_at < :knownSince)', {
        knownSince: knownSince.toISOString(),
      })
      .execute();
  }
}
