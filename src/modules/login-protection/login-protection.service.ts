import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { AppConfig } from '../../config/app-config';
import {
  FAILURE_MEMORY_MS,
  holdEnd,
  HOUR_MS,
  hourlyLimit,
  isKnownSource,
  KNOWN_SOURCE_DAYS,
  MINUTE_MS,
} from './domain/login-limits';
import { LoginHoldsRepository } from './login-holds.repository';
import { RateWindows } from './rate-windows.service';

/** Who is trying which name from where. */
export interface Attempt {
  username: string;
  source: string;
}

export type Admission =
  /** The password may be checked; `placedHold` is set when this attempt was the last of a series. */
  | { kind: 'admitted'; attempt: Attempt; hour: string; failures: number; placedHold: Date | null }
  | { kind: 'held'; until: Date }
  | { kind: 'hourly-limit' };

const accountBucket = (username: string) => `login-account:${username}`;

/**
 * Decides, in the database and before any password is hashed, whether an
 * attempt at a password may be checked (security-checklist #11). Every
 * instance of the service on the database sees the same state.
 */
@Injectable()
export class LoginProtectionService {
  private nextHousekeeping = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly holds: LoginHoldsRepository,
    private readonly windows: RateWindows,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Takes an attempt inside the caller's write transaction: refused while the
   * address is held for this name or the hour's budget of the name is spent;
   * otherwise counted as a failure until `succeeded` says otherwise.
   */
  async admit(em: EntityManager, attempt: Attempt): Promise<Admission> {
    const now = this.clock.now();
    await this.housekeeping(em, now);
    const { username, source } = attempt;
    await this.holds.ensure(em, username, source, now);
    const before = await this.holds.find(em, username, source);
    if (before?.heldUntil && before.heldUntil > now)
      return { kind: 'held', until: before.heldUntil };
    const limit = hourlyLimit(
      isKnownSource(before?.lastSuccessAt ?? null, now),
      this.config.LOGIN_MAX_PER_HOUR,
      this.config.LOGIN_MAX_FAILURES,
    );
    const hour = await this.windows.hit(em, accountBucket(username), now, HOUR_MS, limit);
    if (!hour) return { kind: 'hourly-limit' };
    const until = holdEnd(now, this.config.LOGIN_LOCK_MINUTES);
    const taken = await this.holds.takeAttempt(
      em,
      attempt,
      now,
      this.config.LOGIN_MAX_FAILURES,
      until,
    );
    const after = await this.holds.find(em, username, source);
    if (!taken || !after) {
      await this.windows.unhit(em, accountBucket(username), hour);
      return { kind: 'held', until: after?.heldUntil ?? until };
    }
    return {
      kind: 'admitted',
      attempt,
      hour,
      failures: after.failures,
      placedHold: after.heldUntil,
    };
  }

  /** The password was right: the series ends, the hour gets its attempt back, the address is known. */
  async succeeded(em: EntityManager, admission: Admission & { kind: 'admitted' }): Promise<void> {
    const { username, source } = admission.attempt;
    // Rows in the order `admit` locks them (window, then hold): no deadlock on PostgreSQL.
    await this.windows.unhit(em, accountBucket(username), admission.hour);
    await this.holds.succeed(em, username, source, this.clock.now());
  }

  /** Lifts every hold and the hour's count of a name (administrator or server command). */
  async release(em: EntityManager, username: string): Promise<void> {
    await this.windows.clear(em, accountBucket(username));
    await this.holds.release(em, username, this.clock.now());
  }

  /** Makes an address known for a name, as a successful sign-in there would. */
  markKnown(em: EntityManager, attempt: Attempt): Promise<void> {
    return this.holds.markKnown(em, attempt.username, attempt.source, this.clock.now());
  }

  /** Of these names, those that some address cannot sign in with now. */
  async blocked(usernames: string[]): Promise<Set<string>> {
    const em = this.dataSource.manager;
    const now = this.clock.now();
    const held = await this.holds.heldNames(em, usernames, now);
    const hits = await this.windows.current(em, usernames.map(accountBucket), now, HOUR_MS);
    const cap = hourlyLimit(false, this.config.LOGIN_MAX_PER_HOUR, this.config.LOGIN_MAX_FAILURES);
    const capped = usernames.filter((u) => (hits.get(accountBucket(u)) ?? 0) >= cap);
    return new Set([...held, ...capped]);
  }

  /** Drops expired windows and forgotten series, at most once a minute per instance. */
  private async housekeeping(em: EntityManager, now: Date): Promise<void> {
    if (now.getTime() < this.nextHousekeeping) return;
    this.nextHousekeeping = now.getTime() + MINUTE_MS;
    await this.windows.purge(em, now);
    await this.holds.deleteStale(
      em,
      now,
      new Date(now.getTime() - FAILURE_MEMORY_MS),
      new Date(now.getTime() - KNOWN_SOURCE_DAYS * 24 * HOUR_MS),
    );
  }
}
