import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, ID_LENGTH, InstantColumn } from '../../../database/columns';
import type { Level } from '../../exam-sessions/domain/session-rules';

export type LedgerSource = 'certificate' | 'paper';

/**
 * The certificate ledger: who holds which level in which occupation since when. An entry
 * comes from a certificate the system issued, or from a paper 合格证明 (or 职业资格证书) from
 * before the system, entered by the center with its evidence. A revoked certificate's entry
 * is no longer active; corrections are made in place by the center, with a reason (audited).
 */
@Entity('ledger_entries')
@Index('ix_ledger_entries_person', ['idNumber', 'active'])
@Index('uq_ledger_entries_certificate', ['certificateId'], { unique: true })
export class LedgerEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'id_number', type: 'varchar', length: 18 })
  idNumber: string;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  occupation: string;

  @Column({ type: 'varchar', length: 20 })
  level: Level;

  /** 获证时间: the certificate's issue date. */
  @DateOnlyColumn({ name: 'cert_date' })
  certDate: string;

  @Column({ type: 'varchar', length: 20 })
  source: LedgerSource;

  /** The issued certificate (source `certificate`); null for a paper one. */
  @Column({ name: 'certificate_id', type: 'varchar', length: ID_LENGTH, nullable: true })
  certificateId: string | null;

  /** The certificate's number (the system's, or the one printed on the paper certificate). */
  @Column({ name: 'certificate_number', type: 'varchar', length: 40, nullable: true })
  certificateNumber: string | null;

  /** Who issued a paper certificate, and the evidence the center saw (text and a stored PDF). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  issuer: string | null;

  @Column({ name: 'evidence_file_id', type: 'varchar', length: ID_LENGTH, nullable: true })
  evidenceFileId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
