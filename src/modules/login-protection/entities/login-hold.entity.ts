import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../../database/columns';

/**
 * Wrong passwords of one user name from one client address, in a row. The
 * name is the one typed, whether an account has it or not, so an unknown
 * name is held exactly like a real one (security-checklist #13).
 */
@Entity('login_holds')
@Index('ix_login_holds_updated_at', ['updatedAt'])
export class LoginHoldEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  username: string;

  /** The client address as the service sees it (TRUST_PROXY). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  source: string;

  /** Attempts taken since the last success, including any still being checked. */
  @Column({ type: 'integer', default: 0 })
  failures: number;

  /** Set by the attempt that reaches LOGIN_MAX_FAILURES; the address is held until then. */
  @InstantColumn({ name: 'held_until', nullable: true })
  heldUntil: Date | null;

  /** The last successful sign-in of this name from this address (a known address). */
  @InstantColumn({ name: 'last_success_at', nullable: true })
  lastSuccessAt: Date | null;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: Date;
}
