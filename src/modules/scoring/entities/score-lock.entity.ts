import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';

/** A sitting whose final marks the center locked; unlocking deletes the row (audited). */
@Entity('score_locks')
export class ScoreLockEntity {
  @PrimaryColumn({ name: 'sitting_id', type: 'varchar', length: ID_LENGTH })
  sittingId: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'locked_by', type: 'varchar', length: 64 })
  lockedBy: string;

  @InstantColumn({ name: 'locked_at' })
  lockedAt: Date;
}
