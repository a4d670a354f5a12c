import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InstantColumn } from '../../../database/columns';

/**
 * One row of the audit trail, written in the transaction of the change it
 * records. Rows are chained by a keyed hash whose head is signed in
 * app_settings; the database refuses UPDATE and DELETE, and no code path
 * deletes rows: the trail is kept for good (at least the 180 days of
 * security-checklist #37).
 */
@Entity('audit_log')
@Index('ix_audit_log_entity', ['entityType', 'entityId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Index('ix_audit_log_at')
  @InstantColumn({ name: 'at' })
  at: Date;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_username', type: 'varchar', length: 64, nullable: true })
  actorUsername: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 20, nullable: true })
  actorRole: string | null;

  @Column({ type: 'varchar', length: 64, default: '' })
  ip: string;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Index('ix_audit_log_action')
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  @Column({ type: 'varchar', length: 10 })
  outcome: string;

  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Column({ type: 'text', nullable: true })
  after: string | null;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;

  /** 1: unkeyed SHA-256 (rows written before the key); 2: HMAC-SHA256 (domain/audit-hash.ts). */
  @Column({ name: 'hash_version', type: 'integer', default: 1 })
  hashVersion: number;
}
