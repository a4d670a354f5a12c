import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../../database/columns';
import type { SigningPurpose } from './key-material';

/**
 * A key the center signs certificates with: the QR code's SM2 key or the PDF's RSA key.
 * Retired keys stay, so certificates signed with them still verify. The private key is
 * sealed (AES-256-GCM) under a key derived from the master key, which is not in the database.
 */
@Entity('signing_keys')
@Index('ux_signing_keys_active_purpose', ['activePurpose'], { unique: true })
export class SigningKeyEntity {
  /** Short, printed in the QR code: `k2025a1b2c3` (generated) or `s…` (supplied). */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  purpose: SigningPurpose;

  /**
   * The purpose while the key is active, NULL once retired: the unique index allows one
   * active key per purpose on SQLite and PostgreSQL alike (NULLs never collide), so two
   * instances starting at once cannot both create one.
   */
  @Column({ name: 'active_purpose', type: 'varchar', length: 10, nullable: true })
  activePurpose: SigningPurpose | null;

  @Column({ name: 'public_key_pem', type: 'text' })
  publicKeyPem: string;

  /** The PDF key's X.509 certificate (and CA chain); null for SM2. */
  @Column({ name: 'certificate_pem', type: 'text', nullable: true })
  certificatePem: string | null;

  @Column({ name: 'private_key_sealed', type: 'text' })
  privateKeySealed: string;

  /** generated here, or supplied by the center's files (CERT_PDF_P12_FILE, CERT_SM2_KEY_FILE) */
  @Column({ type: 'varchar', length: 10 })
  source: 'generated' | 'supplied';

  @InstantColumn({ name: 'created_at' })
  createdAt: Date;

  @InstantColumn({ name: 'retired_at', nullable: true })
  retiredAt: Date | null;
}
