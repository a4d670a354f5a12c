import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, ID_LENGTH, InstantColumn } from '../../../database/columns';
import { ExamSessionEntity } from '../../exam-sessions/entities/exam-session.entity';
import { VenueEntity } from './venue.entity';

/**
 * One component (theory or practical) of one paper category, at a date, time and venue. A
 * category may have several sittings of a component (other venues or days); each candidate
 * sits one of each.
 */
@Entity('sittings')
@Index('ix_sittings_category_component', ['sessionId', 'paperCategory', 'component'])
export class SittingEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @ManyToOne(() => ExamSessionEntity)
  @JoinColumn({ name: 'session_id' })
  session?: ExamSessionEntity;

  @Column({ name: 'paper_category', type: 'varchar', length: 40 })
  paperCategory: string;

  /** theory | practical */
  @Column({ type: 'varchar', length: 20 })
  component: string;

  @DateOnlyColumn({ name: 'date' })
  date: string;

  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime: string;

  @Column({ name: 'end_time', type: 'varchar', length: 5 })
  endTime: string;

  @Column({ name: 'venue_id', type: 'varchar', length: ID_LENGTH })
  venueId: string;

  @ManyToOne(() => VenueEntity)
  @JoinColumn({ name: 'venue_id' })
  venue?: VenueEntity;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: Date;
}
