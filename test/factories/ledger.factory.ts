import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { LedgerEntryEntity } from '../../src/modules/ledger/entities/ledger-entry.entity';

/**
 * A ledger entry as the certificates module writes it when a certificate is issued
 * (source `certificate`), inserted directly: the issuing code is not under test here.
 */
export async function insertCertificateEntry(
  dataSource: DataSource,
  overrides: Partial<LedgerEntryEntity> & { idNumber: string },
): Promise<LedgerEntryEntity> {
  const now = new Date('2024-12-20T02:00:00Z');
  const e = Object.assign(new LedgerEntryEntity(), {
    id: randomUUID(),
    name: '王建国',
    occupation: '汽车驾驶员',
    level: 'senior',
    certDate: '2016-05-20',
    source: 'certificate',
    certificateId: randomUUID(),
    certificateNumber: `DL2016-${randomUUID().slice(0, 6)}`,
    issuer: null,
    evidenceFileId: null,
    note: null,
    active: true,
    createdBy: 'system',
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...overrides,
  });
  await dataSource.getRepository(LedgerEntryEntity).insert(e);
  return e;
}
