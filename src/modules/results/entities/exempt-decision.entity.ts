import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';
import type { ExemptDecision } from '../domain/pass-rule.types';

/**
 * The center's current decision on one 免考复核认定 (二(九)) registration. Earlier decisions
 * and their reasons stay in the audit trail (the registration's history).
 */
@Entity('exempt_decisions')
@Index('ix_exempt_decisions_session', ['sessionId', 'decision'])
export class ExemptDecisionEntity {
  @PrimaryColumn({ name: 'registration_id', type: 'varchar', length: ID_LENGTH })
  registrationId: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ type: 'varchar', length: 20 })
  decision: ExemptDecision;

  /** Required for a rejection and for any change of decision. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 64 })
  decidedBy: string;

  @InstantColumn({ name: 'decided_at' })
  decidedAt: Date;

  /** Bumped by every change: a decision taken on a stale view answers 409. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
