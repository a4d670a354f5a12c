import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, InstantColumn } from '../../../database/columns';

/**
 * An uploaded file (photo or supporting PDF) of a registration. The bytes
 * live under UPLOAD_DIR named by `storageKey` (a UUID), never by the user's
 * file name; `sha256` proves they are the ones uploaded.
 */
@Entity('stored_files')
@Index('ix_stored_files_registration', ['registrationId'])
export class StoredFileEntity {
  @PrimaryColumn({ type: 'varchar', length: ID_LENGTH })
  id: string;

  @Column({ name: 'registration_id', type: 'varchar', length: ID_LENGTH })
  registrationId: string;

  /** photo | document */
  @Column({ type: 'varchar', length: 20 })
  kind: string;

  /** For documents: certificate, transfer, other … */
  @Column({ name: 'doc_type', type: 'varchar', length: 30, nullable: true })
  docType: string | null;

  @Column({ name: 'mime_type', type: 'varchar', length: 60 })
  mimeType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: ID_LENGTH })
  storageKey: string;

  @Column({ name: 'original_name', type: 'varchar', length: 200 })
  originalName: string;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 64 })
  uploadedBy: string;

  @InstantColumn({ name: 'uploaded_at' })
  uploadedAt: Date;
}
