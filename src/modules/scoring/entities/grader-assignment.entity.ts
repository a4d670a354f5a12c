import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';

/** A grader assigned to a sitting's sheets: all its exam rooms (`examRoom` 0) or one room. */
@Entity('grader_assignments')
@Index('uq_grader_assignments', ['sittingId', 'examRoom', 'graderId'], { unique: true })
@Index('ix_grader_assignments_grader', ['graderId'])
export class GraderAssignmentEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'sitting_id', type: 'varchar', length: ID_LENGTH })
  sittingId: string;

  /** 考场号, or 0 for every exam room of the sitting. */
  @Column({ name: 'exam_room', type: 'integer' })
  examRoom: number;

  @Column({ name: 'grader_id', type: 'varchar', length: ID_LENGTH })
  graderId: string;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;
}
