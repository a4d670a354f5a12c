import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';
import type { BatchStatus } from '../domain/batch-status';

/** A department's submission of its re-reviewed registrations to the center (三(二)3). */
@Entity('department_batches')
@Index('ix_department_batches_department', ['sessionId', 'departmentId'])
export class DepartmentBatchEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'department_id', type: 'varchar', length: ID_LENGTH })
  departmentId: string;

  @Column({ type: 'integer' })
  count: number;

  /** submitted | accepted | returned (domain/batch-status.ts) */
  @Column({ type: 'varchar', length: 20 })
  status: BatchStatus;

  @Column({ name: 'submitted_by', type: 'varchar', length: 64 })
  submittedBy: string;

  @InstantColumn({ name: 'submitted_at' })
  submittedAt: Date;

  @Column({ name: 'accepted_by', type: 'varchar', length: 64, nullable: true })
  acceptedBy: string | null;

  @InstantColumn({ name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'returned_by', type: 'varchar', length: 64, nullable: true })
  returnedBy: string | null;

  @InstantColumn({ name: 'returned_at', nullable: true })
  returnedAt: Date | null;

  /** Why the center returned the batch to its department. */
  @Column({ name: 'return_reason', type: 'varchar', length: 500, nullable: true })
  returnReason: string | null;
}
