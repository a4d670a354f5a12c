import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../../database/columns';

/** A year whose holidays the center has declared (for a year the package lacks). */
@Entity('calendar_years')
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'declared_by', type: 'varchar', length: 64 })
  declaredBy: string;

  @InstantColumn({ name: 'declared_at' })
  declaredAt: Date;
}
