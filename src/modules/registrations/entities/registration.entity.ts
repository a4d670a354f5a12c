import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, ID_LENGTH, InstantColumn } from '../../../database/columns';
import type { Level } from '../../exam-sessions/domain/session-rules';
import { ExamSessionEntity } from '../../exam-sessions/entities/exam-session.entity';
import { DepartmentEntity } from '../../organizations/entities/department.entity';
import { UnitEntity } from '../../organizations/entities/unit.entity';
import type { Mode, Route } from '../../eligibility/domain/eligibility.types';
import type { Status } from '../domain/registration-status';

/**
 * One person's application in one session: the fields of 附件2, what the
 * route needs, the eligibility decision, and where it stands in the review.
 */
@Entity('registrations')
@Index('uq_registrations_session_person', ['sessionId', 'idNumber'], { unique: true })
// The listing indexes hold created_at descending (their migration, 1795617000000): TypeORM's
// decorator has no column order, and its schema comparison does not read one.
@Index('ix_registrations_unit_listing', ['sessionId', 'unitId', 'status', 'createdAt', 'id'])
@Index('ix_registrations_department_listing', [
  'sessionId',
  'departmentId',
  'status',
  'createdAt',
  'id',
])
@Index('ix_registrations_status_listing', ['sessionId', 'status', 'createdAt', 'id'])
@Index('ix_registrations_unit_all', ['sessionId', 'unitId', 'createdAt', 'id'])
@Index('ix_registrations_department_all', ['sessionId', 'departmentId', 'createdAt', 'id'])
@Index('ix_registrations_session_all', ['sessionId', 'createdAt', 'id'])
export class RegistrationEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @ManyToOne(() => ExamSessionEntity)
  @JoinColumn({ name: 'session_id' })
  session?: ExamSessionEntity;

  @Column({ name: 'department_id', type: 'varchar', length: ID_LENGTH })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity)
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  @Column({ name: 'unit_id', type: 'varchar', length: ID_LENGTH })
  unitId: string;

  @ManyToOne(() => UnitEntity)
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'varchar', length: 1 })
  gender: string;

  @Column({ name: 'birth_month', type: 'varchar', length: 7 })
  birthMonth: string;

  @Column({ name: 'id_number', type: 'varchar', length: 18 })
  idNumber: string;

  @Column({ type: 'varchar', length: 20 })
  education: string;

  @DateOnlyColumn({ name: 'work_start_date' })
  workStartDate: string;

  @Column({ name: 'current_occupation', type: 'varchar', length: 100, nullable: true })
  currentOccupation: string | null;

  @Column({ name: 'current_level', type: 'varchar', length: 20, nullable: true })
  currentLevel: Level | null;

  @DateOnlyColumn({ name: 'current_cert_date', nullable: true })
  currentCertDate: string | null;

  @Column({ name: 'target_occupation', type: 'varchar', length: 100 })
  targetOccupation: string;

  @Column({ name: 'target_level', type: 'varchar', length: 20 })
  targetLevel: Level;

  @Column({ type: 'varchar', length: 30 })
  route: Route;

  @Column({ type: 'varchar', length: 20 })
  mode: Mode;

  /** 已转正 */
  @Column({ type: 'boolean' })
  confirmed: boolean;

  @Column({ name: 'professional_title', type: 'varchar', length: 20, nullable: true })
  professionalTitle: string | null;

  @Column({ name: 'years_in_occupation', type: 'integer', nullable: true })
  yearsInOccupation: number | null;

  @Column({ name: 'national_cert_level', type: 'varchar', length: 20, nullable: true })
  nationalCertLevel: Level | null;

  @Column({ name: 'national_cert_occupation', type: 'varchar', length: 100, nullable: true })
  nationalCertOccupation: string | null;

  @Column({ name: 'national_cert_number', type: 'varchar', length: 40, nullable: true })
  nationalCertNumber: string | null;

  @Column({ name: 'national_cert_verified', type: 'boolean', nullable: true })
  nationalCertVerified: boolean | null;

  @Column({ name: 'military_commitment', type: 'boolean', nullable: true })
  militaryCommitment: boolean | null;

  /** 附件3 category of the target occupation, fixed when the registration is made. */
  @Column({ name: 'paper_category', type: 'varchar', length: 40 })
  paperCategory: string;

  @Column({ type: 'varchar', length: 20 })
  clause: string;

  @Column({ type: 'simple-json' })
  reasons: string[];

  @Column({ type: 'varchar', length: 30 })
  status: Status;

  /** Why it was last returned, objected to or cancelled. */
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Index('ix_registrations_publicity')
  @Column({ name: 'publicity_id', type: 'varchar', length: ID_LENGTH, nullable: true })
  publicityId: string | null;

  @Index('ix_registrations_batch')
  @Column({ name: 'batch_id', type: 'varchar', length: ID_LENGTH, nullable: true })
  batchId: string | null;

  @Column({ name: 'photo_file_id', type: 'varchar', length: ID_LENGTH, nullable: true })
  photoFileId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: Date;
}
