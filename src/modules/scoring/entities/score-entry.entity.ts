import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';

/**
 * One of the two independent entries (双录入) of a score sheet (a sitting × an exam room).
 * The unique indexes make "one grader, one entry per sheet" and "two entries per sheet" hold
 * even under concurrent claims. `version` guards every write (conditional update).
 */
@Entity('score_entries')
@Index('uq_score_entries_slot', ['sittingId', 'examRoom', 'slot'], { unique: true })
@Index('uq_score_entries_grader', ['sittingId', 'examRoom', 'graderId'], { unique: true })
export class ScoreEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'sitting_id', type: 'varchar', length: ID_LENGTH })
  sittingId: string;

  @Column({ name: 'exam_room', type: 'integer' })
  examRoom: number;

  /** 1 or 2 (第一录入, 第二录入). */
  @Column({ type: 'integer' })
  slot: number;

  @Column({ name: 'grader_id', type: 'varchar', length: ID_LENGTH })
  graderId: string;

  /** draft | submitted */
  @Column({ type: 'varchar', length: 20 })
  status: string;

  /** keyboard | import: how the last save came in. */
  @Column({ type: 'varchar', length: 20 })
  source: string;

  @Column({ type: 'integer' })
  version: number;

  @InstantColumn({ name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: Date;
}
