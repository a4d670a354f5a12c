import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { AppConfig } from '../../config/app-config';

const WINDOW_MS = 60_000;

/**
 * Login attempts per client address per minute (credential stuffing,
 * security-checklist #12). Per-account lock-out is separate (AuthService).
 */
@Injectable()
export class LoginRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt; false when the address is over its limit. */
  allow(address: string): boolean {
    const now = this.clock.now().getTime();
    if (this.windows.size > 10_000) this.prune(now);
    const w = this.windows.get(address);
    if (!w || now - w.start >= WINDOW_MS) {
      this.windows.set(address, { start: now, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.config.LOGIN_RATE_PER_MINUTE;
  }

  private prune(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= WINDOW_MS) this.windows.delete(k);
  }
}
