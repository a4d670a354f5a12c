import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateOnlyColumn, ID_LENGTH, InstantColumn } from '../../../database/columns';

export type PublicationState = 'published' | 'reopened';

/**
 * A session's published results (三: 合格人员名单 and 合格证明). While `published`, everything a
 * result depends on is frozen; the administrator may reopen them with a reason. Every publish
 * and reopen is in the audit trail.
 */
@Entity('result_publications')
export class ResultPublicationEntity {
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: ID_LENGTH })
  sessionId: string;

  @Column({ type: 'varchar', length: 20 })
  state: PublicationState;

  /** The date printed on the certificates issued by the latest publishing (China time). */
  @DateOnlyColumn({ name: 'issue_date' })
  issueDate: string;

  @Column({ name: 'published_by', type: 'varchar', length: 64 })
  publishedBy: string;

  @InstantColumn({ name: 'published_at' })
  publishedAt: Date;

  @Column({ name: 'reopened_by', type: 'varchar', length: 64, nullable: true })
  reopenedBy: string | null;

  @InstantColumn({ name: 'reopened_at', nullable: true })
  reopenedAt: Date | null;

  @Column({ name: 'reopen_reason', type: 'varchar', length: 500, nullable: true })
  reopenReason: string | null;

  /** How many times the results were published (1 for the first). */
  @Column({ type: 'integer', default: 1 })
  round: number;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
