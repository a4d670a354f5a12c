import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Scope, scopeCondition } from '../../common/auth/scope';
import { containsPattern } from '../../common/text/like';
import { pageInZhOrder } from '../../database/page-in-zh-order';
import type { Level } from '../exam-sessions/domain/session-rules';
import { RegistrationEntity } from '../registrations/entities/registration.entity';

export interface FiledFilter {
  sessionId: string;
  departmentId?: string;
  unitId?: string;
  targetLevel?: Level;
  name?: string;
}

/**
 * The candidates a session's results concern: filed (备案) and not cancelled (四(三): a
 * cancelled candidate has neither qualification nor scores), within the caller's scope.
 */
@Injectable()
export class CandidateResultsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private filed(scope: Scope, f: FiledFilter): SelectQueryBuilder<RegistrationEntity> {
    const where = scopeCondition(scope, 'r', { departmentId: 'departmentId', unitId: 'unitId' });
    const qb = this.dataSource
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.unit', 'u')
      .leftJoinAndSelect('r.department', 'dep')
      .where('r.sessionId = :sessionId', { sessionId: f.sessionId })
      .andWhere("r.status = 'accepted'")
      .andWhere(where.sql, where.params);
    if (f.departmentId) qb.andWhere('r.departmentId = :dept', { dept: f.departmentId });
    if (f.unitId) qb.andWhere('r.unitId = :unit', { unit: f.unitId });
    if (f.targetLevel) qb.andWhere('r.targetLevel = :level', { level: f.targetLevel });
    if (f.name) qb.andWhere("r.name LIKE :name ESCAPE '\\'", { name: containsPattern(f.name) });
    return qb;
  }

  page(scope: Scope, f: FiledFilter, page: number, pageSize: number) {
    return pageInZhOrder(this.filed(scope, f), 'name', page, pageSize);
  }

  /** Every matching candidate (for filtering by outcome and for the summary). */
  all(scope: Scope, f: FiledFilter): Promise<RegistrationEntity[]> {
    return this.filed(scope, f).getMany();
  }
}
