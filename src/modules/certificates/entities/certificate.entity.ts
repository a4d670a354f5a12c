import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, ID_LENGTH, InstantColumn } from '../../../database/columns';
import type { Level } from '../../exam-sessions/domain/session-rules';
import type { Mode } from '../../eligibility/domain/eligibility.types';

export const CERTIFICATE_STATUSES = ['valid', 'revoked', 'replaced'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * One 合格证明 issued to a person on a published pass list. What it certifies is copied
 * from the registration at issue (a certificate says what it said when issued, whatever
 * changes later); a reissue is a new certificate that replaces this one.
 */
@Entity('certificates')
@Index('uq_certificates_number', ['number'], { unique: true })
@Index('uq_certificates_sequence', ['sessionId', 'level', 'sequence'], { unique: true })
@Index('ix_certificates_registration', ['registrationId'])
@Index('ix_certificates_session_department', ['sessionId', 'departmentId', 'status'])
@Index('ix_certificates_id_number', ['idNumber'])
export class CertificateEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  /** See domain/certificate-number.ts for the format. */
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'exam_year', type: 'integer' })
  examYear: number;

  @Column({ type: 'varchar', length: 20 })
  level: Level;

  /** 1, 2, 3… per session and level, without gaps. */
  @Column({ type: 'integer' })
  sequence: number;

  @Column({ name: 'registration_id', type: 'varchar', length: ID_LENGTH })
  registrationId: string;

  @Column({ name: 'id_number', type: 'varchar', length: 18 })
  idNumber: string;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'varchar', length: 1 })
  gender: string;

  @Column({ name: 'department_id', type: 'varchar', length: ID_LENGTH })
  departmentId: string;

  @Column({ name: 'department_name', type: 'varchar', length: 100 })
  departmentName: string;

  @Column({ name: 'unit_id', type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Column({ name: 'unit_name', type: 'varchar', length: 100 })
  unitName: string;

  @Column({ type: 'varchar', length: 100 })
  occupation: string;

  /** How the level was obtained: 考试 (exam) or 免考复核认定 (exempt-review). */
  @Column({ type: 'varchar', length: 20 })
  mode: Mode;

  @DateOnlyColumn({ name: 'issue_date' })
  issueDate: string;

  @Column({ type: 'varchar', length: 20 })
  status: CertificateStatus;

  @InstantColumn({ name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoke_reason', type: 'varchar', length: 500, nullable: true })
  revokeReason: string | null;

  /** The certificate this one replaces (a reissue), and why it was reissued. */
  @Column({ name: 'replaces_id', type: 'varchar', length: ID_LENGTH, nullable: true })
  replacesId: string | null;

  @Column({ name: 'reissue_reason', type: 'varchar', length: 500, nullable: true })
  reissueReason: string | null;

  /** The certificate that replaced this one (status `replaced`). */
  @Column({ name: 'replaced_by_id', type: 'varchar', length: ID_LENGTH, nullable: true })
  replacedById: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
