import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Scope, scopeCondition } from '../../common/auth/scope';
import type { Mode, Route } from '../eligibility/domain/eligibility.types';
import type { Level } from '../exam-sessions/domain/session-rules';
import type { Status } from '../registrations/domain/registration-status';
import { RegistrationEntity } from '../registrations/entities/registration.entity';

export interface CountedRegistration {
  id: string;
  status: Status;
  mode: Mode;
  targetLevel: Level;
  paperCategory: string;
  route: Route;
  departmentId: string;
  departmentName: string;
}

/** The columns statistics count, of every registration of a session within the scope. */
@Injectable()
export class StatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async registrations(
    scope: Scope,
    sessionId: string,
    departmentId?: string,
  ): Promise<CountedRegistration[]> {
    const where = scopeCondition(scope, 'r', { departmentId: 'departmentId', unitId: 'unitId' });
    const qb = this.dataSource
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .innerJoin('r.department', 'dep')
      .select('r.id', 'id')
      .addSelect('r.status', 'status')
      .addSelect('r.mode', 'mode')
      .addSelect('r.targetLevel', 'targetLevel')
      .addSelect('r.paperCategory', 'paperCategory')
      .addSelect('r.route', 'route')
      .addSelect('r.departmentId', 'departmentId')
      .addSelect('dep.name', 'departmentName')
      .where('r.sessionId = :sessionId', { sessionId })
      .andWhere(where.sql, where.params);
    if (departmentId) qb.andWhere('r.departmentId = :dept', { dept: departmentId });
    return qb.getRawMany<CountedRegistration>();
  }
}
