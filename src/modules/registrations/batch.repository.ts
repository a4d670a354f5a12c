import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Scope, scopeCondition } from '../../common/auth/scope';
import { insertRows } from '../../database/insert-rows';
import type { BatchStatus } from './domain/batch-status';
import { DepartmentBatchEntity } from './entities/department-batch.entity';
import { RegistrationEntity } from './entities/registration.entity';

const SCOPE = { departmentId: 'departmentId' };

/**
 * Department batches, read through the caller's scope: the center sees every batch, a
 * department its own; a unit none (a batch is between its department and the center).
 */
@Injectable()
export class BatchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private qb(scope: Scope, em?: EntityManager) {
    const s =
      scope.kind === 'unit' ? { sql: '1=0', params: {} } : scopeCondition(scope, 'b', SCOPE);
    return (em ?? this.dataSource.manager)
      .getRepository(DepartmentBatchEntity)
      .createQueryBuilder('b')
      .where(s.sql, s.params);
  }

  findScoped(scope: Scope, id: unknown, em?: EntityManager): Promise<DepartmentBatchEntity | null> {
    if (typeof id !== 'string' || !id) return Promise.resolve(null);
    return this.qb(scope, em).andWhere('b.id = :id', { id }).getOne();
  }

  list(
    scope: Scope,
    sessionId: string,
    paging: { skip: number; take: number },
  ): Promise<[DepartmentBatchEntity[], number]> {
    return this.qb(scope)
      .andWhere('b.sessionId = :sessionId', { sessionId })
      .orderBy('b.submittedAt', 'DESC')
      .addOrderBy('b.id', 'ASC')
      .skip(paging.skip)
      .take(paging.take)
      .getManyAndCount();
  }

  /** Batches of the session in the scope that are in `status`. */
  countInStatus(scope: Scope, sessionId: string, status: BatchStatus): Promise<number> {
    return this.qb(scope)
      .andWhere('b.sessionId = :sessionId', { sessionId })
      .andWhere('b.status = :status', { status })
      .getCount();
  }

  /** What the department has re-reviewed and not yet reported (三(二)3). */
  async approvedIds(em: EntityManager, sessionId: string, departmentId: string): Promise<string[]> {
    const rows = await em.getRepository(RegistrationEntity).find({
      select: { id: true },
      where: { sessionId, departmentId, status: 'department-approved' },
    });
    return rows.map((r) => r.id);
  }

  async insert(em: EntityManager, b: DepartmentBatchEntity): Promise<void> {
    await insertRows(em, DepartmentBatchEntity, [b]);
  }

  /** Conditional on the status read (lost-update guard); the number of rows changed. */
  async move(
    em: EntityManager,
    id: string,
    from: BatchStatus,
    changes: Partial<DepartmentBatchEntity>,
  ): Promise<number> {
    const r = await em.update(DepartmentBatchEntity, { id, status: from }, changes);
    return r.affected ?? 0;
  }

  /** Registrations reported in the batch (and not reported again in a later one). */
  members(batchId: string, em?: EntityManager): Promise<RegistrationEntity[]> {
    return (em ?? this.dataSource.manager).getRepository(RegistrationEntity).find({
      where: { batchId },
    });
  }
}
