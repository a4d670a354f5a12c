import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';

/** Per session: the allocation's seed and whether tickets are published (which locks it). */
@Entity('schedule_states')
export class ScheduleStateEntity {
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ type: 'varchar', length: 64 })
  seed: string;

  @InstantColumn({ name: 'allocated_at', nullable: true })
  allocatedAt: Date | null;

  @Column({ name: 'allocated_by', type: 'varchar', length: 64, nullable: true })
  allocatedBy: string | null;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  @InstantColumn({ name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'varchar', length: 64, nullable: true })
  publishedBy: string | null;
}
