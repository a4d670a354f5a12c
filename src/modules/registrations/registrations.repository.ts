import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Scope, scopeCondition } from '../../common/auth/scope';
import { containsPattern } from '../../common/text/like';
import { insertRows } from '../../database/insert-rows';
import type { Level } from '../exam-sessions/domain/session-rules';
import type { Status } from './domain/registration-status';
import type { SummaryListing } from './domain/summary-listing';
import { PublicityEntity } from './entities/publicity.entity';
import { RegistrationEntity } from './entities/registration.entity';

export interface RegistrationFilter {
  sessionId: string;
  status?: Status;
  statuses?: Status[];
  departmentId?: string;
  unitId?: string;
  batchId?: string;
  targetOccupation?: string;
  targetLevel?: Level;
  name?: string;
  idNumber?: string;
  page: number;
  pageSize: number;
}

const SCOPE = { departmentId: 'departmentId', unitId: 'unitId' };
const CHUNK = 500;

/** Every read goes through the caller's scope (one place, fails closed). */
type SummaryFilter = Pick<
  RegistrationFilter,
  'sessionId' | 'departmentId' | 'unitId' | 'batchId'
> & {
  listing: SummaryListing;
  /** Today in Beijing: a publicity whose end date is before it has ended. */
  today: string;
};

@Injectable()
export class RegistrationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private qb(scope: Scope, em?: EntityManager): SelectQueryBuilder<RegistrationEntity> {
    const s = scopeCondition(scope, 'r', SCOPE);
    return (em ?? this.dataSource.manager)
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where(s.sql, s.params);
  }

  findOne(scope: Scope, id: unknown, em?: EntityManager): Promise<RegistrationEntity | null> {
    if (typeof id !== 'string' || !id) return Promise.resolve(null);
    return this.qb(scope, em).andWhere('r.id = :id', { id }).getOne();
  }

  async findMany(scope: Scope, ids: string[], em?: EntityManager): Promise<RegistrationEntity[]> {
    const out: RegistrationEntity[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      out.push(...(await this.qb(scope, em).andWhere('r.id IN (:...part)', { part }).getMany()));
    }
    return out;
  }

  /** The unit that registered this person in the session, whichever it is; null when none did. */
  async registeredUnitOf(
    sessionId: string,
    idNumber: string,
    em?: EntityManager,
    exceptId?: string,
  ): Promise<string | null> {
    const qb = (em ?? this.dataSource.manager)
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .select('r.unitId', 'unitId')
      .where('r.sessionId = :sessionId AND r.idNumber = :idNumber', { sessionId, idNumber });
    if (exceptId) qb.andWhere('r.id <> :exceptId', { exceptId });
    const row = await qb.getRawOne<{ unitId: string }>();
    return row?.unitId ?? null;
  }

  /** Of these ID numbers, those the scope has registered in any year (its own people). */
  async knownInScope(scope: Scope, idNumbers: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < idNumbers.length; i += 500) {
      const part = idNumbers.slice(i, i + 500);
      const rows = await this.qb(scope)
        .select('r.idNumber', 'idNumber')
        .andWhere('r.idNumber IN (:...part)', { part })
        .getRawMany<{ idNumber: string }>();
      for (const r of rows) out.add(r.idNumber);
    }
    return out;
  }

  /** Of these ID numbers, those registered in the session, each with the unit that did it. */
  async registeredIdNumbers(
    sessionId: string,
    idNumbers: string[],
    em?: EntityManager,
  ): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let i = 0; i < idNumbers.length; i += CHUNK) {
      const part = idNumbers.slice(i, i + CHUNK);
      const rows = await (em ?? this.dataSource.manager)
        .getRepository(RegistrationEntity)
        .createQueryBuilder('r')
        .select('r.idNumber', 'idNumber')
        .addSelect('r.unitId', 'unitId')
        .where('r.sessionId = :sessionId AND r.idNumber IN (:...part)', { sessionId, part })
        .getRawMany<{ idNumber: string; unitId: string }>();
      rows.forEach((r) => found.set(r.idNumber, r.unitId));
    }
    return found;
  }

  list(scope: Scope, f: RegistrationFilter): Promise<[RegistrationEntity[], number]> {
    return this.filtered(scope, f)
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
  }

  /** How many registrations of the session the scope holds in each state (one grouped query). */
  async countByStatus(
    scope: Scope,
    sessionId: string,
  ): Promise<{ status: Status; count: number }[]> {
    const rows = await this.qb(scope)
      .andWhere('r.sessionId = :sessionId', { sessionId })
      .select('r.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .groupBy('r.status')
      .getRawMany<{ status: Status; n: string | number }>();
    return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
  }

  /** Registrations still in publicity in the scope, counted per publicity with its end date. */
  async inPublicityByPublicity(
    scope: Scope,
    sessionId: string,
  ): Promise<{ publicityId: string; endDate: string; count: number }[]> {
    const rows = await this.qb(scope)
      .innerJoin(PublicityEntity, 'p', 'p.id = r.publicityId')
      .andWhere('r.sessionId = :sessionId', { sessionId })
      .andWhere('r.status = :inPublicity', { inPublicity: 'in-publicity' })
      .select('p.id', 'publicityId')
      .addSelect('p.endDate', 'endDate')
      .addSelect('COUNT(*)', 'n')
      .groupBy('p.id')
      .addGroupBy('p.endDate')
      .getRawMany<{ publicityId: string; endDate: string; n: string | number }>();
    return rows.map((r) => ({
      publicityId: r.publicityId,
      endDate: r.endDate,
      count: Number(r.n),
    }));
  }

  /**
   * Rows of 附件2 as a level lists them (domain/summary-listing.ts), unordered: the caller
   * orders them with orderForSummary (Chinese collation, which SQL cannot give on both databases).
   */
  summaryRows(scope: Scope, f: SummaryFilter): Promise<RegistrationEntity[]> {
    return this.summaryQuery(scope, f).getMany();
  }

  /** How many rows summaryRows would load, counted before loading them (export caps). */
  summaryCount(scope: Scope, f: SummaryFilter): Promise<number> {
    return this.summaryQuery(scope, f).getCount();
  }

  private summaryQuery(scope: Scope, f: SummaryFilter): SelectQueryBuilder<RegistrationEntity> {
    const qb = this.filtered(scope, { ...f, page: 1, pageSize: 1 });
    const ended = qb
      .subQuery()
      .select('1')
      .from(PublicityEntity, 'p')
      .where('p.id = r.publicityId')
      .andWhere('p.endDate < :today')
      .getQuery();
    qb.andWhere(
      new Brackets((w) => {
        w.where('r.status IN (:...listed)', { listed: f.listing.statuses });
        if (f.listing.endedPublicity)
          w.orWhere(`(r.status = :inPublicity AND EXISTS ${ended})`, {
            inPublicity: 'in-publicity',
            today: f.today,
          });
      }),
    );
    return qb;
  }

  private filtered(scope: Scope, f: RegistrationFilter): SelectQueryBuilder<RegistrationEntity> {
    const qb = this.qb(scope).andWhere('r.sessionId = :sessionId', { sessionId: f.sessionId });
    if (f.status) qb.andWhere('r.status = :status', { status: f.status });
    if (f.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: f.statuses });
    if (f.departmentId)
      qb.andWhere('r.departmentId = :departmentId', { departmentId: f.departmentId });
    if (f.unitId) qb.andWhere('r.unitId = :unitId', { unitId: f.unitId });
    if (f.batchId) qb.andWhere('r.batchId = :batchId', { batchId: f.batchId });
    if (f.targetOccupation) qb.andWhere('r.targetOccupation = :to', { to: f.targetOccupation });
    if (f.targetLevel) qb.andWhere('r.targetLevel = :tl', { tl: f.targetLevel });
    if (f.name) qb.andWhere("r.name LIKE :name ESCAPE '\\'", { name: containsPattern(f.name) });
    if (f.idNumber) qb.andWhere('r.idNumber = :idNumber', { idNumber: f.idNumber.toUpperCase() });
    return qb;
  }

  async insert(em: EntityManager, rows: RegistrationEntity[]): Promise<void> {
    await insertRows(em, RegistrationEntity, rows);
  }

  /** Conditional update: only rows still in one of `from` change (lost-update guard). */
  async moveStatus(
    em: EntityManager,
    ids: string[],
    from: readonly Status[],
    changes: Partial<RegistrationEntity>,
  ): Promise<number> {
    let affected = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      const r = await em
        .createQueryBuilder()
        .update(RegistrationEntity)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id IN (:...part)', { part })
        .andWhere('status IN (:...from)', { from })
        .execute();
      affected += r.affected ?? 0;
    }
    return affected;
  }

  /** Update guarded by the version the caller read (security-checklist #42). */
  async updateIfVersion(
    em: EntityManager,
    id: string,
    version: number,
    changes: Partial<RegistrationEntity>,
  ) {
    const r = await em
      .createQueryBuilder()
      .update(RegistrationEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return r.affected ?? 0;
  }

  /**
   * The registration, read inside the caller's transaction and, on PostgreSQL, locked until it
   * ends (SELECT … FOR UPDATE), so limits checked after it hold at commit. SQLite runs one write
   * transaction at a time (UnitOfWork), which gives the same guarantee.
   */
  lockForUpdate(em: EntityManager, id: string): Promise<RegistrationEntity | null> {
    const qb = em
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where('r.id = :id', { id });
    if (em.connection.options.type === 'postgres') qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async setPhoto(em: EntityManager, id: string, fileId: string): Promise<void> {
    await em.getRepository(RegistrationEntity).update({ id }, { photoFileId: fileId });
  }

  async delete(em: EntityManager, id: string): Promise<void> {
    await em.getRepository(RegistrationEntity).delete({ id });
  }
}
