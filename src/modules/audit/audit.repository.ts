import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppSettingEntity } from '../../database/entities/app-setting.entity';
import { KEYED_HASH, type HashedAuditFields } from './domain/audit-hash';
import type { TablePowers } from './domain/table-powers';
import { AuditEntryEntity } from './entities/audit-entry.entity';

/** app_settings row holding the signed chain head (domain/chain-head.ts). */
export const HEAD_SETTING = 'audit_head';

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

type NewRow = HashedAuditFields & { prevHash: string; hash: string; hashVersion: number };

const MAX_PARAMETERS = 999;

/** Every column but the generated id, from the entity, so the INSERT follows it. */
const insertedColumns = (em: EntityManager) =>
  em.connection.getMetadata(AuditEntryEntity).columns.filter((c) => !c.isGenerated);

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Serialises appends to the chain on PostgreSQL (SQLite writers are already queued). */
  async lockChain(em: EntityManager): Promise<void> {
    if (em.connection.options.type === 'postgres') {
      await em.query('SELECT pg_advisory_xact_lock(7204012025)');
    }
  }

  /** The last row's id and hash (the end the next row links to). */
  async lastLink(em: EntityManager): Promise<{ id: number; hash: string } | undefined> {
    const last = await em
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .select(['a.id AS id', 'a.hash AS hash'])
      .orderBy('a.id', 'DESC')
      .limit(1)
      .getRawOne<{ id: number | string; hash: string }>();
    return last && { id: Number(last.id), hash: last.hash };
  }

  async countRows(em: EntityManager): Promise<number> {
    return em.getRepository(AuditEntryEntity).count();
  }

  async hasKeyedRows(em: EntityManager): Promise<boolean> {
    return em.getRepository(AuditEntryEntity).exists({ where: { hashVersion: KEYED_HASH } });
  }

  /** The stored chain head; read with the app's connection unless a transaction is given. */
  async readHead(em: EntityManager = this.dataSource.manager): Promise<string | null> {
    const row = await em.getRepository(AppSettingEntity).findOneBy({ key: HEAD_SETTING });
    return row?.value ?? null;
  }

  async writeHead(em: EntityManager, value: string): Promise<void> {
    await em.getRepository(AppSettingEntity).upsert({ key: HEAD_SETTING, value }, ['key']);
  }

  /** PostgreSQL: whether this role could switch the table's trigger off or rewrite rows. */
  async tablePowers(): Promise<TablePowers | null> {
    if (this.dataSource.options.type !== 'postgres') return null;
    const [row] = await this.dataSource.query<
      { role: string; owner: boolean; superuser: boolean; privileges: string | null }[]
    >(
      `SELECT current_user AS role,
              pg_get_userbyid(c.relowner) = current_user AS owner,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
              concat_ws(',',
                CASE WHEN has_table_privilege(c.oid, 'UPDATE') THEN 'UPDATE' END,
                CASE WHEN has_table_privilege(c.oid, 'DELETE') THEN 'DELETE' END,
                CASE WHEN has_table_privilege(c.oid, 'TRUNCATE') THEN 'TRUNCATE' END,
                CASE WHEN has_table_privilege(c.oid, 'TRIGGER') THEN 'TRIGGER' END) AS privileges
         FROM pg_class c WHERE c.oid = 'audit_log'::regclass`,
    );
    return {
      role: row.role,
      owner: row.owner,
      superuser: row.superuser,
      privileges: row.privileges ? row.privileges.split(',') : [],
    };
  }

  /**
   * One multi-row INSERT per 66 rows (15 values a row, within SQLite's 999 bound parameters),
   * written directly rather than through TypeORM's insert builder: a bulk review audits hundreds
   * of rows, and the builder's per-value parameter handling was a fifth of such a request's CPU
   * (issue 12). The values are those insertRows wrote (`at` already ISO text).
   */
  async insert(em: EntityManager, rows: NewRow[]): Promise<void> {
    const pg = em.connection.options.type === 'postgres';
    const columns = insertedColumns(em);
    const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
    const perRow = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
    for (let i = 0; i < rows.length; i += perRow) {
      const params: unknown[] = [];
      const tuples = rows.slice(i, i + perRow).map((row) => {
        const marks = columns.map((c) => {
          params.push(row[c.propertyName as keyof NewRow]);
          return pg ? `$${params.length}` : '?';
        });
        return `(${marks.join(', ')})`;
      });
      await em.query(`INSERT INTO "audit_log" (${names}) VALUES ${tuples.join(', ')}`, params);
    }
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
