import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, ID_LENGTH, InstantColumn } from '../../../database/columns';

/** The center opens the ticket-printing window earlier or longer for one department (四). */
@Entity('ticket_print_extensions')
@Index('uq_ticket_print_extensions', ['sessionId', 'departmentId'], { unique: true })
export class TicketPrintExtensionEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'department_id', type: 'varchar', length: ID_LENGTH })
  departmentId: string;

  @DateOnlyColumn({ name: 'start_date' })
  startDate: string;

  @DateOnlyColumn({ name: 'end_date' })
  endDate: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;
}
