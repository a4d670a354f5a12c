import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, ID_LENGTH, InstantColumn } from '../../../database/columns';

/** The center's dated extension of the registration window for one department. */
@Entity('registration_extensions')
@Index('uq_registration_extensions', ['sessionId', 'departmentId'], { unique: true })
export class RegistrationExtensionEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'department_id', type: 'varchar', length: ID_LENGTH })
  departmentId: string;

  @DateOnlyColumn({ name: 'until_date' })
  untilDate: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;
}
