import { Column, Entity, JoinColumn, ManyToOne, Index, PrimaryColumn } from 'typeorm';
import { ExamSessionEntity } from '../../exam-sessions/entities/exam-session.entity';
import { PaperCategoryEntity } from './paper-category.entity';
import { ID_LENGTH } from '../../../database/columns';
import type { TechnicianClass } from '../../exam-sessions/domain/session-rules';

/**
 * An occupation (职业（工种）) of a session: those of 附件1 with their class,
 * and those 附件3 names for its paper categories.
 */
@Entity('occupations')
@Index('uq_occupations_session_name', ['sessionId', 'normalizedName'], { unique: true })
export class OccupationEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @ManyToOne(() => ExamSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: ExamSessionEntity;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'normalized_name', type: 'varchar', length: 100 })
  normalizedName: string;

  /** 一类/二类/三类 of 附件1; null when the occupation has no technician level. */
  @Column({ name: 'technician_class', type: 'varchar', length: 4, nullable: true })
  technicianClass: TechnicianClass | null;

  /** 附件3: the category whose list names it, else the default 综合. */
  @Column({ name: 'paper_category_id', type: 'varchar', length: ID_LENGTH })
  paperCategoryId: string;

  @ManyToOne(() => PaperCategoryEntity)
  @JoinColumn({ name: 'paper_category_id' })
  paperCategory?: PaperCategoryEntity;

  /** For sub-types listed in parentheses (医疗临床辅助服务员（病案员…）). */
  @Column({ name: 'parent_name', type: 'varchar', length: 100, nullable: true })
  parentName: string | null;
}
