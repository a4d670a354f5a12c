import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';

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

  /** submitted | accepted */
  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Column({ name: 'submitted_by', type: 'varchar', length: 64 })
  submittedBy: string;

  @InstantColumn({ name: 'submitted_at' })
  submittedAt: Date;

  @Column({ name: 'accepted_by', type: 'varchar', length: 64, nullable: true })
  acceptedBy: string | null;

  @InstantColumn({ name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;
}
