import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../../database/columns';

/**
 * A counter of one fixed time window, shared by every instance of the
 * service on the database: login attempts per address and minute, wrong
 * passwords per account and hour.
 */
@Entity('rate_windows')
@Index('ix_rate_windows_expires_at', ['expiresAt'])
export class RateWindowEntity {
  /** What is counted, e.g. `login-address:203.0.113.7`, `login-account:admin`. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  bucket: string;

  /** Start of the window (ISO-8601 UTC). */
  @PrimaryColumn({ name: 'window_start', type: 'varchar', length: 24 })
  windowStart: string;

  @Column({ type: 'integer', default: 0 })
  hits: number;

  @InstantColumn({ name: 'expires_at' })
  expiresAt: Date;
}
