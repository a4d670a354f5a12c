import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { AppConfig } from '../../config/app-config';
import { MINUTE_MS } from '../login-protection/domain/login-limits';
import { RateWindows } from '../login-protection/rate-windows.service';

/**
 * Login attempts per client address per minute (credential stuffing,
 * security-checklist #12), counted in the database so that every instance
 * of the service shares the count. Per-account limits are separate
 * (LoginProtectionService).
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    private readonly windows: RateWindows,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt inside the caller's write transaction; false when the address is over its limit. */
  async allow(em: EntityManager, address: string): Promise<boolean> {
    const bucket = `login-address:${address}`;
    const limit = this.config.LOGIN_RATE_PER_MINUTE;
    return (await this.windows.hit(em, bucket, this.clock.now(), MINUTE_MS, limit)) !== null;
  }
}
