import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Scope, scopeCondition } from '../../common/auth/scope';
import { containsPattern } from '../../common/text/like';
import { pageInZhOrder } from '../../database/page-in-zh-order';
import { IN_CHUNK } from '../../database/in-chunks';
import type { Level } from '../exam-sessions/domain/session-rules';
import { SittingEntity } from '../scheduling/entities/sitting.entity';
import { ScoreLockEntity } from '../scoring/entities/score-lock.entity';
import { LedgerEntryEntity } from '../ledger/entities/ledger-entry.entity';
import { CertificateEntity, type CertificateStatus } from './entities/certificate.entity';
import { ResultPublicationEntity } from './entities/result-publication.entity';

export interface CertificateFilter {
  sessionId: string;
  departmentId?: string;
  unitId?: string;
  level?: Level;
  status?: CertificateStatus;
  /** 姓名（包含）或证书编号（包含） */
  q?: string;
}

@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  publication(sessionId: string, em?: EntityManager) {
    return this.manager(em).getRepository(ResultPublicationEntity).findOneBy({ sessionId });
  }

  insertPublication(em: EntityManager, row: ResultPublicationEntity) {
    return em.getRepository(ResultPublicationEntity).insert(row);
  }

  /** Conditional on the version read: false when someone else changed it first. */
  async updatePublication(
    em: EntityManager,
    sessionId: string,
    version: number,
    changes: Partial<ResultPublicationEntity>,
  ): Promise<boolean> {
    const r = await em
      .getRepository(ResultPublicationEntity)
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: version + 1 })
      .where('session_id = :sessionId AND version = :version', { sessionId, version })
      .execute();
    return r.affected === 1;
  }

  async unlockedSittings(sessionId: string, em?: EntityManager): Promise<number> {
    return this.manager(em)
      .getRepository(SittingEntity)
      .createQueryBuilder('s')
      .leftJoin(ScoreLockEntity, 'l', 'l.sittingId = s.id')
      .where('s.sessionId = :sessionId', { sessionId })
      .andWhere('l.sittingId IS NULL')
      .getCount();
  }

  /** Every certificate of the session (for planning issuance): small columns only. */
  issued(sessionId: string, em?: EntityManager) {
    return this.manager(em)
      .getRepository(CertificateEntity)
      .find({
        where: { sessionId },
        select: { id: true, registrationId: true, level: true, sequence: true, status: true },
      });
  }

  async insertCertificates(em: EntityManager, rows: CertificateEntity[]): Promise<void> {
    for (let i = 0; i < rows.length; i += IN_CHUNK / 5)
      await em.getRepository(CertificateEntity).insert(rows.slice(i, i + IN_CHUNK / 5));
  }

  async insertLedger(em: EntityManager, rows: LedgerEntryEntity[]): Promise<void> {
    for (let i = 0; i < rows.length; i += IN_CHUNK / 5)
      await em.getRepository(LedgerEntryEntity).insert(rows.slice(i, i + IN_CHUNK / 5));
  }

  /** Conditional on the version read. */
  async updateCertificate(
    em: EntityManager,
    id: string,
    version: number,
    changes: Partial<CertificateEntity>,
  ): Promise<boolean> {
    const r = await em
      .getRepository(CertificateEntity)
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: version + 1 })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return r.affected === 1;
  }

  async revokeMany(em: EntityManager, ids: string[], at: Date, reason: string): Promise<void> {
    for (let i = 0; i < ids.length; i += IN_CHUNK) {
      const chunk = ids.slice(i, i + IN_CHUNK);
      await em
        .getRepository(CertificateEntity)
        .createQueryBuilder()
        .update()
        .set({
          status: 'revoked',
          revokedAt: at,
          revokeReason: reason,
          version: () => 'version + 1',
        })
        .where("id IN (:...chunk) AND status = 'valid'", { chunk })
        .execute();
      await this.deactivateLedger(em, chunk, at);
    }
  }

  async deactivateLedger(em: EntityManager, certificateIds: string[], at: Date): Promise<void> {
    if (certificateIds.length === 0) return;
    await em
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder()
      .update()
      .set({ active: false, updatedAt: at, version: () => 'version + 1' })
      .where('certificate_id IN (:...certificateIds)', { certificateIds })
      .execute();
  }

  /** A reissue: the ledger entry follows the certificate that replaces the old one. */
  async moveLedger(em: EntityManager, from: CertificateEntity, to: CertificateEntity, at: Date) {
    await em
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder()
      .update()
      .set({
        certificateId: to.id,
        certificateNumber: to.number,
        name: to.name,
        updatedAt: at,
        version: () => 'version + 1',
      })
      .where('certificate_id = :id', { id: from.id })
      .execute();
  }

  private scoped(scope: Scope, f: CertificateFilter): SelectQueryBuilder<CertificateEntity> {
    const where = scopeCondition(scope, 'c', { departmentId: 'departmentId', unitId: 'unitId' });
    const qb = this.dataSource
      .getRepository(CertificateEntity)
      .createQueryBuilder('c')
      .where('c.sessionId = :sessionId', { sessionId: f.sessionId })
      .andWhere(where.sql, where.params);
    if (f.departmentId) qb.andWhere('c.departmentId = :dept', { dept: f.departmentId });
    if (f.unitId) qb.andWhere('c.unitId = :unit', { unit: f.unitId });
    if (f.level) qb.andWhere('c.level = :level', { level: f.level });
    if (f.status) qb.andWhere('c.status = :status', { status: f.status });
    if (f.q)
      qb.andWhere("(c.name LIKE :q ESCAPE '\\' OR c.number LIKE :q ESCAPE '\\')", {
        q: containsPattern(f.q),
      });
    return qb;
  }

  page(scope: Scope, f: CertificateFilter, page: number, pageSize: number) {
    return pageInZhOrder(this.scoped(scope, f), 'name', page, pageSize);
  }

  /** The certificates of a download or a list, in no particular order. */
  all(scope: Scope, f: CertificateFilter): Promise<CertificateEntity[]> {
    return this.scoped(scope, f).getMany();
  }

  find(scope: Scope, id: string, em?: EntityManager): Promise<CertificateEntity | null> {
    const where = scopeCondition(scope, 'c', { departmentId: 'departmentId', unitId: 'unitId' });
    return this.manager(em)
      .getRepository(CertificateEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .andWhere(where.sql, where.params)
      .getOne();
  }

  byNumber(number: string): Promise<CertificateEntity | null> {
    return this.dataSource.getRepository(CertificateEntity).findOneBy({ number });
  }

  async numbersOf(ids: string[], em?: EntityManager): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows: CertificateEntity[] = await this.manager(em)
      .getRepository(CertificateEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.number'])
      .where('c.id IN (:...wanted)', { wanted })
      .getMany();
    return new Map(rows.map((r) => [r.id, r.number]));
  }

  async counts(sessionId: string): Promise<Record<CertificateStatus, number>> {
    const rows: { status: CertificateStatus; n: string | number }[] = await this.dataSource
      .getRepository(CertificateEntity)
      .createQueryBuilder('c')
      .select('c.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('c.sessionId = :sessionId', { sessionId })
      .groupBy('c.status')
      .getRawMany();
    const out: Record<CertificateStatus, number> = { valid: 0, revoked: 0, replaced: 0 };
    for (const r of rows) out[r.status] = Number(r.n);
    return out;
  }
}
