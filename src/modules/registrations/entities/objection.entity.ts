import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';

/** An objection (异议) raised during publicity; it sends the registration back to the unit. */
@Entity('objections')
export class ObjectionEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Index('ix_objections_registration')
  @Column({ name: 'registration_id', type: 'varchar', length: ID_LENGTH })
  registrationId: string;

  @Column({ name: 'publicity_id', type: 'varchar', length: ID_LENGTH, nullable: true })
  publicityId: string | null;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 64 })
  recordedBy: string;

  @InstantColumn({ name: 'recorded_at' })
  recordedAt: Date;
}
