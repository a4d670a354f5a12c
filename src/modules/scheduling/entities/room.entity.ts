import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';
import { VenueEntity } from './venue.entity';

/** A room (考场) of a venue; `number` is unique across venues and goes into ticket numbers. */
@Entity('rooms')
@Index('uq_rooms_venue_name', ['venueId', 'name'], { unique: true })
export class RoomEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'venue_id', type: 'varchar', length: ID_LENGTH })
  venueId: string;

  @ManyToOne(() => VenueEntity)
  @JoinColumn({ name: 'venue_id' })
  venue?: VenueEntity;

  @Column({ type: 'integer', unique: true })
  number: number;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'integer' })
  capacity: number;

  /** Seats per row, for the seating chart (optional). */
  @Column({ name: 'seats_per_row', type: 'integer', nullable: true })
  seatsPerRow: number | null;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;
}
