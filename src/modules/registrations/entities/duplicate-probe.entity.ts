import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH } from '../../../database/columns';

/** How many ID numbers registered by other units an account has been told of, per day. */
@Entity('duplicate_probes')
export class DuplicateProbeEntity {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: ID_LENGTH })
  accountId: string;

  /** Calendar day in Beijing time, YYYY-MM-DD. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @Column({ type: 'integer' })
  count: number;
}
