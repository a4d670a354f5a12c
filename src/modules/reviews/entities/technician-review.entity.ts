import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';
import { RegistrationEntity } from '../../registrations/entities/registration.entity';
import type { Achievement, UnitResult } from '../domain/review-form';
import type { ReviewStatus } from '../domain/review-status';

/** The 技师级别考核表 (附件4) of one technician candidate and the 综合评审 result. */
@Entity('technician_reviews')
@Index('ix_technician_reviews_department', ['sessionId', 'departmentId', 'status'])
export class TechnicianReviewEntity {
  @PrimaryColumn({ name: 'registration_id', type: 'varchar', length: ID_LENGTH })
  registrationId: string;

  @OneToOne(() => RegistrationEntity)
  @JoinColumn({ name: 'registration_id' })
  registration?: RegistrationEntity;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'department_id', type: 'varchar', length: ID_LENGTH })
  departmentId: string;

  @Column({ name: 'unit_id', type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @Column({ type: 'varchar', length: 20 })
  status: ReviewStatus;

  @Column({ type: 'text' })
  resume: string;

  @Column({ type: 'text' })
  awards: string;

  @Column({ type: 'simple-json' })
  achievements: Achievement[];

  @Column({ type: 'text' })
  teaching: string;

  @Column({ name: 'work_summary', type: 'text' })
  workSummary: string;

  @Column({ name: 'unit_result', type: 'varchar', length: 10, nullable: true })
  unitResult: UnitResult | null;

  @Column({ name: 'department_opinion', type: 'text' })
  departmentOpinion: string;

  /** Why the center returned it, or the note with its result. */
  @Column({ name: 'center_note', type: 'varchar', length: 500, nullable: true })
  centerNote: string | null;

  @Column({ name: 'submitted_by', type: 'varchar', length: 64, nullable: true })
  submittedBy: string | null;

  @InstantColumn({ name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @InstantColumn({ name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 64 })
  updatedBy: string;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: Date;
}
