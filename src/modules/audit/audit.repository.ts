import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntryEntity } from './entities/audit-entry.entity';
import type { HashedAuditFields } from './domain/audit-hash';
import { insertRows } from '../../database/insert-rows';

export interface AuditQuery {
  action?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

type NewRow = HashedAuditFields & { prevHash: string; hash: string };

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Serialises appends to the chain on PostgreSQL (SQLite writers are already queued). */
  async lockChain(em: EntityManager): Promise<void> {
    if (em.connection.options.type === 'postgres') {
      await em.query('SELECT pg_advisory_xact_lock(7204012025)');
    }
  }

  async lastHash(em: EntityManager): Promise<string | undefined> {
    const last = await em
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .select('a.hash', 'hash')
      .orderBy('a.id', 'DESC')
      .limit(1)
      .getRawOne<{ hash: string }>();
    return last?.hash;
  }

  async insert(em: EntityManager, rows: NewRow[]): Promise<void> {
    await insertRows(
      em,
      AuditEntryEntity,
      rows.map((row) => ({ ...row, at: new Date(row.at) }) as AuditEntryEntity),
    );
  }

  async search(q: AuditQuery): Promise<[AuditEntryEntity[], number]> {
    const qb = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (q.action) qb.andWhere('a.action = :action', { action: q.action });
    if (q.entityType) qb.andWhere('a.entityType = :entityType', { entityType: q.entityType });
    if (q.entityId) qb.andWhere('a.entityId = :entityId', { entityId: q.entityId });
    if (q.actor) qb.andWhere('a.actorUsername = :actor', { actor: q.actor });
    if (q.from) qb.andWhere('a.at >= :from', { from: q.from.toISOString() });
    if (q.to) qb.andWhere('a.at <= :to', { to: q.to.toISOString() });
    return qb
      .orderBy('a.id', 'DESC')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
  }

  /** Rows in chain order, a batch at a time (for verification). */
  async batchAfter(id: number, size: number): Promise<AuditEntryEntity[]> {
    return this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.id > :id', { id })
      .orderBy('a.id', 'ASC')
      .limit(size)
      .getMany();
  }
}
