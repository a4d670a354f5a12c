import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, ID_LENGTH, InstantColumn } from '../../../database/columns';
import type { PublicitySnapshot } from '../domain/publicity-snapshot';

/** A unit's publicity (公示) of its approved applicants: 5 working days (三(二)2). */
@Entity('publicities')
@Index('ix_publicities_unit', ['sessionId', 'unitId'])
export class PublicityEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ name: 'department_id', type: 'varchar', length: ID_LENGTH })
  departmentId: string;

  @Column({ name: 'unit_id', type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @DateOnlyColumn({ name: 'start_date' })
  startDate: string;

  @DateOnlyColumn({ name: 'end_date' })
  endDate: string;

  @Column({ name: 'working_days', type: 'integer' })
  workingDays: number;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;

  /** The list as published when the publicity began; null for publicities started before it was kept. */
  @Column({ type: 'simple-json', nullable: true })
  snapshot: PublicitySnapshot | null;
}
