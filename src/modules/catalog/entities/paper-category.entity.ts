import { Column, Entity, JoinColumn, ManyToOne, Index, PrimaryColumn } from 'typeorm';
import { ExamSessionEntity } from '../../exam-sessions/entities/exam-session.entity';
import { ID_LENGTH } from '../../../database/columns';

/** One of the seven paper categories of 附件3 (试卷分类), per session. */
@Entity('paper_categories')
@Index('uq_paper_categories_session_code', ['sessionId', 'code'], { unique: true })
@Index('uq_paper_categories_session_name', ['sessionId', 'name'], { unique: true })
export class PaperCategoryEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @ManyToOne(() => ExamSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: ExamSessionEntity;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'integer' })
  seq: number;

  /** 综合: every occupation not listed elsewhere belongs here. */
  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault: boolean;
}
