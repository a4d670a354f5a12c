import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';

/**
 * A candidate's mark for one sitting once both entries are in: `final` where they agreed or
 * the center resolved the discrepancy, `pending` while a discrepancy waits. `disputed` stays
 * true after resolution so the discrepancy list keeps its history.
 */
@Entity('score_results')
@Index('uq_score_results_candidate', ['sittingId', 'registrationId'], { unique: true })
@Index('ix_score_results_registration', ['registrationId'])
@Index('ix_score_results_sheet', ['sittingId', 'examRoom'])
@Index('ix_score_results_disputed', ['sittingId', 'disputed'])
export class ScoreResultEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'sitting_id', type: 'varchar', length: ID_LENGTH })
  sittingId: string;

  @Column({ name: 'exam_room', type: 'integer' })
  examRoom: number;

  @Column({ name: 'registration_id', type: 'varchar', length: ID_LENGTH })
  registrationId: string;

  /** theory | practical */
  @Column({ type: 'varchar', length: 20 })
  component: string;

  /** pending | final */
  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Column({ type: 'boolean', default: false })
  disputed: boolean;

  /** score | absent | violation; null while pending. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  kind: string | null;

  @Column({ name: 'score_tenths', type: 'integer', nullable: true })
  scoreTenths: number | null;

  @Column({ name: 'violation_type', type: 'varchar', length: 30, nullable: true })
  violationType: string | null;

  @Column({ name: 'violation_void', type: 'varchar', length: 20, nullable: true })
  violationVoid: string | null;

  /** agreed | resolved | corrected */
  @Column({ type: 'varchar', length: 20, nullable: true })
  source: string | null;

  /** The center's note on a resolution, or the reason of the last correction. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @InstantColumn({ name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'integer' })
  version: number;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;
}
