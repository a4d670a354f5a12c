import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';
import { RegistrationEntity } from '../../registrations/entities/registration.entity';

/** A candidate's admission ticket number (准考证号). */
@Entity('tickets')
@Index('ix_tickets_session', ['sessionId'])
export class TicketEntity {
  @PrimaryColumn({ name: 'registration_id', type: 'varchar', length: ID_LENGTH })
  registrationId: string;

  @OneToOne(() => RegistrationEntity)
  @JoinColumn({ name: 'registration_id' })
  registration?: RegistrationEntity;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'ticket_number', type: 'varchar', length: 12, unique: true })
  ticketNumber: string;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;
}
