import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DepartmentEntity } from '../../organizations/entities/department.entity';
import { UnitEntity } from '../../organizations/entities/unit.entity';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';
import type { Role } from '../domain/roles';

@Entity('accounts')
export class AccountEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** Set for department users (their department) and unit users (their unit's). */
  @Column({ name: 'department_id', type: 'varchar', length: ID_LENGTH, nullable: true })
  departmentId: string | null;

  @ManyToOne(() => DepartmentEntity)
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  @Column({ name: 'unit_id', type: 'varchar', length: ID_LENGTH, nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity)
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Bumped on logout, password change, role change: older tokens stop working. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @InstantColumn({ name: 'last_login_at', nullable: true })
  lastLoginAt: Date | null;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: Date;
}
