import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';

/** One row of an entry: the mark a grader keyed for one candidate. */
@Entity('score_entry_marks')
export class ScoreEntryMarkEntity {
  @PrimaryColumn({ name: 'entry_id', type: 'varchar', length: ID_LENGTH })
  entryId: string;

  @PrimaryColumn({ name: 'registration_id', type: 'varchar', length: ID_LENGTH })
  registrationId: string;

  /** score | absent | violation */
  @Column({ type: 'varchar', length: 20 })
  kind: string;

  /** The score in tenths of a point (0–1000); null unless `kind` is score. */
  @Column({ name: 'score_tenths', type: 'integer', nullable: true })
  scoreTenths: number | null;

  @Column({ name: 'violation_type', type: 'varchar', length: 30, nullable: true })
  violationType: string | null;

  /** component | exam */
  @Column({ name: 'violation_void', type: 'varchar', length: 20, nullable: true })
  violationVoid: string | null;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: Date;
}
