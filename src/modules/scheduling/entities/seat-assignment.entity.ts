import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_LENGTH } from '../../../database/columns';
import { RegistrationEntity } from '../../registrations/entities/registration.entity';
import { RoomEntity } from './room.entity';
import { SittingEntity } from './sitting.entity';

/**
 * A candidate's room and seat in one sitting. `examRoom` is the 考场号: one room at one time
 * (the overlapping sittings of its venue share it), numbered across the session; with the
 * seat it makes the ticket number.
 */
@Entity('seat_assignments')
@Index('uq_seat_assignments_candidate', ['sittingId', 'registrationId'], { unique: true })
@Index('uq_seat_assignments_seat', ['sittingId', 'roomId', 'seat'], { unique: true })
@Index('ix_seat_assignments_registration', ['registrationId'])
// A score sheet is a sitting's exam room: every save and export looks its seats up this way.
@Index('ix_seat_assignments_sheet', ['sittingId', 'examRoom'])
export class SeatAssignmentEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'sitting_id', type: 'varchar', length: ID_LENGTH })
  sittingId: string;

  @ManyToOne(() => SittingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sitting_id' })
  sitting?: SittingEntity;

  @Column({ name: 'registration_id', type: 'varchar', length: ID_LENGTH })
  registrationId: string;

  @ManyToOne(() => RegistrationEntity)
  @JoinColumn({ name: 'registration_id' })
  registration?: RegistrationEntity;

  @Column({ name: 'room_id', type: 'varchar', length: ID_LENGTH })
  roomId: string;

  @ManyToOne(() => RoomEntity)
  @JoinColumn({ name: 'room_id' })
  room?: RoomEntity;

  @Column({ type: 'integer' })
  seat: number;

  /** 考场号 (1–999): this room at this time, numbered across the session. */
  @Column({ name: 'exam_room', type: 'integer' })
  examRoom: number;
}
