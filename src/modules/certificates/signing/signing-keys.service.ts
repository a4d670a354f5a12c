import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeyObject } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { open, seal } from '../../../common/crypto/sealed-value';
import { Clock } from '../../../common/clock/clock';
import { AppConfig } from '../../../config/app-config';
import { Keyring } from '../../../database/keyring';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditActor, AuditService, SYSTEM_ACTOR } from '../../audit/audit.service';
import { QrSigningKey, QrVerifyKey, sm2PrivateKey, sm2PublicKey } from '../domain/certificate-qr';
import {
  ALGORITHMS,
  generatePdfKey,
  generateSm2Key,
  KeyMaterial,
  newKeyId,
  SIGNING_PURPOSES,
  SigningPurpose,
} from './key-material';
import type { PdfSigningKey } from './pdf-signer';
import { SigningKeyEntity } from './signing-key.entity';
import { signingKeySupplied } from './signing.errors';
import { SuppliedKey, suppliedKey } from './supplied-keys';

/** A key as anyone may see it: what a verifier needs, nothing private. */
export interface PublicSigningKey {
  id: string;
  purpose: SigningPurpose;
  algorithm: 'SM2-SM3' | 'RSA-SHA256';
  publicKeyPem: string;
  certificatePem: string | null;
  createdAt: string;
  retiredAt: string | null;
}

/**
 * The center's signing keys: one active per purpose, made at first use (or taken from the
 * center's files), rotated on request; retired keys stay to verify old certificates.
 * Private keys are opened here only and handed to the signer (or the document worker).
 */
@Injectable()
export class SigningKeysService {
  private readonly supplied = new Map<SigningPurpose, SuppliedKey | null>();
  private readonly publicKeyObjects = new Map<string, KeyObject>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly keyring: Keyring,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async activeQrKey(): Promise<QrSigningKey> {
    const row = await this.active('qr-sm2');
    return { id: row.id, privateKey: sm2PrivateKey(this.unseal(row)) };
  }

  async activePdfKey(): Promise<PdfSigningKey> {
    const row = await this.active('pdf-rsa');
    return { privateKeyPem: this.unseal(row), certificatePem: row.certificatePem ?? '' };
  }

  /** Every QR key, active or retired: a certificate signed years ago still verifies. */
  async qrVerifyKeys(): Promise<QrVerifyKey[]> {
    await this.active('qr-sm2');
    const rows = await this.dataSource
      .getRepository(SigningKeyEntity)
      .findBy({ purpose: 'qr-sm2' });
    return rows.map((r) => ({ id: r.id, publicKey: this.publicKeyObject(r) }));
  }

  async publicKeys(): Promise<PublicSigningKey[]> {
    for (const purpose of SIGNING_PURPOSES) await this.active(purpose);
    const rows = await this.dataSource
      .getRepository(SigningKeyEntity)
      .find({ order: { purpose: 'ASC', createdAt: 'ASC' } });
    return rows.map(toPublic);
  }

  /**
   * Retires the active key of each purpose (or of one) and makes a new one, all in one
   * transaction; audited.
   */
  async rotate(actor: AuditActor, purpose?: SigningPurpose): Promise<PublicSigningKey[]> {
    const purposes = purpose ? [purpose] : [...SIGNING_PURPOSES];
    for (const p of purposes) if (this.suppliedKey(p)) throw signingKeySupplied(p);
    const materials = purposes.map((p) => [p, this.generate(p)] as const);
    const made = await this.uow.run(async (em) => {
      const repo = em.getRepository(SigningKeyEntity);
      const rows: SigningKeyEntity[] = [];
      for (const [p, material] of materials) {
        const current = await repo.findOneBy({ activePurpose: p });
        if (current) await this.retire(em, current);
        await this.insert(em, p, newKeyId(this.clock.now()), material, 'generated');
        // Read back: an insert ignored (an id already taken) must not pass for a rotation.
        const row = await repo.findOneByOrFail({ activePurpose: p });
        await this.audit.record(em, actor, {
          action: 'signing-key.rotate',
          entityType: 'signing-key',
          entityId: row.id,
          before: current ? { id: current.id } : null,
          after: { id: row.id, purpose: p },
        });
        rows.push(row);
      }
      return rows;
    });
    return made.map(toPublic);
  }

  /**
   * The active key, made when there is none. Read every time (a primary-key-sized query),
   * so a rotation by another instance takes effect at once.
   */
  private async active(purpose: SigningPurpose): Promise<SigningKeyEntity> {
    const supplied = this.suppliedKey(purpose);
    const wanted = (row: SigningKeyEntity) => !supplied || row.id === supplied.id;
    const found = await this.dataSource
      .getRepository(SigningKeyEntity)
      .findOneBy({ activePurpose: purpose });
    if (found && wanted(found)) return found;
    // Generated outside the transaction: an RSA key takes a moment, the write lock should not.
    const material = supplied ?? this.generate(purpose);
    return this.uow.run(async (em) => {
      const repo = em.getRepository(SigningKeyEntity);
      const current = await repo.findOneBy({ activePurpose: purpose });
      if (current && wanted(current)) return current;
      if (current) await this.retire(em, current);
      const id = supplied?.id ?? newKeyId(this.clock.now());
      const retired = supplied ? await repo.findOneBy({ id }) : null;
      if (retired) {
        await repo.update({ id }, { activePurpose: purpose, retiredAt: null });
      } else {
        await this.insert(em, purpose, id, material, supplied ? 'supplied' : 'generated');
      }
      const row = await repo.findOneByOrFail({ activePurpose: purpose });
      await this.audit.record(em, SYSTEM_ACTOR, {
        action: 'signing-key.activate',
        entityType: 'signing-key',
        entityId: row.id,
        before: current ? { id: current.id } : null,
        after: { id: row.id, purpose, source: row.source },
      });
      return row;
    });
  }

  /** Insert-or-ignore: a second instance making a key at the same moment loses quietly. */
  private async insert(
    em: EntityManager,
    purpose: SigningPurpose,
    id: string,
    material: KeyMaterial,
    source: SigningKeyEntity['source'],
  ): Promise<void> {
    const row: SigningKeyEntity = {
      id,
      purpose,
      activePurpose: purpose,
      publicKeyPem: material.publicKeyPem,
      certificatePem: material.certificatePem,
      privateKeySealed: seal(this.keyring.key('signing-keys'), material.privateKeyPem, context(id)),
      source,
      createdAt: this.clock.now(),
      retiredAt: null,
    };
    await em
      .getRepository(SigningKeyEntity)
      .createQueryBuilder()
      .insert()
      .values(row)
      .orIgnore()
      .execute();
  }

  private async retire(em: EntityManager, row: SigningKeyEntity): Promise<void> {
    await em
      .getRepository(SigningKeyEntity)
      .update(
        { id: row.id, activePurpose: row.purpose },
        { activePurpose: null, retiredAt: this.clock.now() },
      );
  }

  private generate(purpose: SigningPurpose): KeyMaterial {
    return purpose === 'pdf-rsa' ? generatePdfKey(this.clock.now()) : generateSm2Key();
  }

  private suppliedKey(purpose: SigningPurpose): SuppliedKey | null {
    if (!this.supplied.has(purpose)) this.supplied.set(purpose, suppliedKey(this.config, purpose));
    return this.supplied.get(purpose) ?? null;
  }

  private unseal(row: SigningKeyEntity): string {
    const pem = open(this.keyring.key('signing-keys'), row.privateKeySealed, context(row.id));
    if (pem === null) throw new Error(`无法解密签章密钥 ${row.id}：主密钥不符或数据被改动`);
    return pem;
  }

  private publicKeyObject(row: SigningKeyEntity): KeyObject {
    let key = this.publicKeyObjects.get(row.id);
    if (!key) {
      key = sm2PublicKey(row.publicKeyPem);
      this.publicKeyObjects.set(row.id, key);
    }
    return key;
  }
}

const context = (id: string) => `signing_keys:${id}`;

const toPublic = (r: SigningKeyEntity): PublicSigningKey => ({
  id: r.id,
  purpose: r.purpose,
  algorithm: ALGORITHMS[r.purpose],
  publicKeyPem: r.publicKeyPem,
  certificatePem: r.certificatePem,
  createdAt: r.createdAt.toISOString(),
  retiredAt: r.retiredAt ? r.retiredAt.toISOString() : null,
});
