import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';
import type { DepartmentKind } from '../domain/department-kinds';

/** A supervising department (主管部门). */
@Entity('departments')
export class DepartmentEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: DepartmentKind;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** A demo department (DEMO=1): it acts only in the demo session, never in a real one. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: Date;
}
