import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../../database/columns';

/** A day the center declares a holiday or an adjusted working day (调休上班). */
@Entity('calendar_overrides')
export class CalendarOverrideEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'boolean' })
  working: boolean;

  @Column({ type: 'varchar', length: 100, default: '' })
  note: string;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;
}
