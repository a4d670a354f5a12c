import { loadInChunks } from '../../database/in-chunks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { scopeCondition, type Scope } from '../../common/auth/scope';
import { containsPattern } from '../../common/text/like';
import { insertRows } from '../../database/insert-rows';
import { pageInZhOrder } from '../../database/page-in-zh-order';
import { RegistrationEntity } from '../registrations/entities/registration.entity';
import { StoredFileEntity } from '../registrations/entities/stored-file.entity';
import { DECIDABLE_STATUS, type ExemptState } from './domain/exempt-decision';
import { ExemptDecisionEntity } from './entities/exempt-decision.entity';

export interface ExemptFilter {
  sessionId: string;
  state?: ExemptState;
  departmentId?: string;
  unitId?: string;
  name?: string;
  page: number;
  pageSize: number;
}

/** The evidence documents of 二(九) a decision is taken against. */
export const EVIDENCE_DOC_TYPES = ['national-certificate', 'national-verification', 'commitment'];

/**
 * Decisions, and the filed 免考复核认定 registrations they are about. The registration and file
 * tables are only read here (joined for paging by decision state), never written.
 */
@Injectable()
export class ExemptDecisionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  /** Filed (备案), not cancelled, in the scope; by name in pinyin order. */
  listCandidates(scope: Scope, f: ExemptFilter): Promise<[RegistrationEntity[], number]> {
    const where = scopeCondition(scope, 'r', { departmentId: 'departmentId', unitId: 'unitId' });
    const qb = this.manager()
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.unit', 'u')
      .leftJoinAndSelect('r.department', 'dep')
      .leftJoin(ExemptDecisionEntity, 'd', 'd.registration_id = r.id')
      .where('r.sessionId = :sessionId', { sessionId: f.sessionId })
      .andWhere('r.mode = :mode', { mode: 'exempt-review' })
      .andWhere('r.status = :status', { status: DECIDABLE_STATUS })
      .andWhere(where.sql, where.params);
    if (f.state === 'pending') qb.andWhere('d.registration_id IS NULL');
    else if (f.state) qb.andWhere('d.decision = :decision', { decision: f.state });
    if (f.departmentId) qb.andWhere('r.departmentId = :dept', { dept: f.departmentId });
    if (f.unitId) qb.andWhere('r.unitId = :unit', { unit: f.unitId });
    if (f.name) qb.andWhere("r.name LIKE :name ESCAPE '\\'", { name: containsPattern(f.name) });
    return pageInZhOrder(qb, 'name', f.page, f.pageSize);
  }

  /** The registrations among `ids` inside the scope (an id outside it is simply not returned). */
  findCandidates(scope: Scope, ids: string[], em?: EntityManager): Promise<RegistrationEntity[]> {
    const where = scopeCondition(scope, 'r', { departmentId: 'departmentId', unitId: 'unitId' });
    return loadInChunks(ids, (part) =>
      this.manager(em)
        .getRepository(RegistrationEntity)
        .createQueryBuilder('r')
        .leftJoinAndSelect('r.unit', 'u')
        .leftJoinAndSelect('r.department', 'dep')
        .where('r.id IN (:...part)', { part })
        .andWhere(where.sql, where.params)
        .getMany(),
    );
  }

  async decisionsOf(ids: string[], em?: EntityManager): Promise<Map<string, ExemptDecisionEntity>> {
    const rows = await loadInChunks(ids, (part) =>
      this.manager(em)
        .getRepository(ExemptDecisionEntity)
        .findBy({ registrationId: In(part) }),
    );
    return new Map(rows.map((d) => [d.registrationId, d]));
  }

  async evidenceFilesOf(ids: string[], em?: EntityManager): Promise<StoredFileEntity[]> {
    if (!ids.length) return [];
    return this.manager(em)
      .getRepository(StoredFileEntity)
      .find({
        where: { registrationId: In(ids), docType: In(EVIDENCE_DOC_TYPES) },
        order: { uploadedAt: 'ASC', id: 'ASC' },
      });
  }

  async insert(em: EntityManager, rows: ExemptDecisionEntity[]): Promise<void> {
    await insertRows(em, ExemptDecisionEntity, rows);
  }

  /** Changes a decision only if nobody changed it since `version` was read; false otherwise. */
  async update(em: EntityManager, d: ExemptDecisionEntity, version: number): Promise<boolean> {
    const res = await em.getRepository(ExemptDecisionEntity).update(
      { registrationId: d.registrationId, version },
      {
        decision: d.decision,
        reason: d.reason,
        decidedBy: d.decidedBy,
        decidedAt: d.decidedAt,
        version: version + 1,
      },
    );
    return res.affected === 1;
  }
}
