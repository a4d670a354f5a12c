import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, ID_LENGTH, InstantColumn } from '../../../database/columns';
import type { LevelDefinition, SessionRules } from '../domain/session-rules';

/** One year's exam (考核) with the dates and numbers its notice gives. */
@Entity('exam_sessions')
export class ExamSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ type: 'integer', unique: true })
  year: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'notice_no', type: 'varchar', length: 100, nullable: true })
  noticeNo: string | null;

  /** Who organises the exam and issues the tickets (五: 市就业和人才服务中心), from the notice. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  organizer: string | null;

  @Column({ name: 'is_current', type: 'boolean', default: false })
  isCurrent: boolean;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @DateOnlyColumn({ name: 'registration_start' })
  registrationStart: string;

  @DateOnlyColumn({ name: 'registration_end' })
  registrationEnd: string;

  @DateOnlyColumn({ name: 'cert_cutoff_date' })
  certCutoffDate: string;

  @DateOnlyColumn({ name: 'ticket_print_start' })
  ticketPrintStart: string;

  @DateOnlyColumn({ name: 'ticket_print_end' })
  ticketPrintEnd: string;

  @Column({ name: 'publicity_working_days', type: 'integer' })
  publicityWorkingDays: number;

  @Column({ name: 'full_mark', type: 'integer' })
  fullMark: number;

  @Column({ name: 'pass_mark', type: 'integer' })
  passMark: number;

  @Column({ type: 'simple-json' })
  levels: LevelDefinition[];

  @Column({ type: 'simple-json' })
  rules: SessionRules;

  /**
   * The center's choice: whether a registration missing a document 三(二)2(2)(3) requires may
   * still be submitted to the center (false: yes, with a warning) or not (true: refused).
   */
  @Column({ name: 'block_incomplete_documents', type: 'boolean', default: false })
  blockIncompleteDocuments: boolean;

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: Date;
}
