import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Scope, scopeCondition } from '../../common/auth/scope';
import { containsPattern } from '../../common/text/like';
import { DepartmentEntity } from './entities/department.entity';
import { UnitEntity } from './entities/unit.entity';
import { insertRows } from '../../database/insert-rows';
import { pageInZhOrder } from '../../database/page-in-zh-order';

export interface UnitFilter {
  departmentId?: string;
  q?: string;
  active?: boolean;
  page: number;
  pageSize: number;
}

export interface DepartmentFilter {
  q?: string;
  active?: boolean;
  page: number;
  pageSize: number;
}

const DEPARTMENT_SCOPE = { departmentId: 'id' };
const UNIT_SCOPE = { departmentId: 'departmentId', unitId: 'id' };

/** Every read is restricted by the caller's scope; writes are the center's. Lists come in pinyin order. */
@Injectable()
export class OrganizationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  findDepartment(scope: Scope, id: unknown, em?: EntityManager): Promise<DepartmentEntity | null> {
    if (typeof id !== 'string' || !id) return Promise.resolve(null);
    const s = scopeCondition(scope, 'd', DEPARTMENT_SCOPE);
    return this.manager(em)
      .getRepository(DepartmentEntity)
      .createQueryBuilder('d')
      .where('d.id = :id', { id })
      .andWhere(s.sql, s.params)
      .getOne();
  }

  findDepartmentByName(name: string, em?: EntityManager): Promise<DepartmentEntity | null> {
    return this.manager(em).getRepository(DepartmentEntity).findOne({ where: { name } });
  }

  listDepartments(scope: Scope, f: DepartmentFilter): Promise<[DepartmentEntity[], number]> {
    const s = scopeCondition(scope, 'd', DEPARTMENT_SCOPE);
    const qb = this.manager()
      .getRepository(DepartmentEntity)
      .createQueryBuilder('d')
      .where(s.sql, s.params);
    if (f.q) qb.andWhere("d.name LIKE :q ESCAPE '\\'", { q: containsPattern(f.q) });
    if (f.active !== undefined) qb.andWhere('d.active = :active', { active: f.active });
    return pageInZhOrder(qb, 'name', f.page, f.pageSize);
  }

  findUnit(scope: Scope, id: unknown, em?: EntityManager): Promise<UnitEntity | null> {
    if (typeof id !== 'string' || !id) return Promise.resolve(null);
    const s = scopeCondition(scope, 'u', UNIT_SCOPE);
    return this.manager(em)
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .where('u.id = :id', { id })
      .andWhere(s.sql, s.params)
      .getOne();
  }

  findUnitByName(departmentId: string, name: string, em?: EntityManager) {
    return this.manager(em).getRepository(UnitEntity).findOne({ where: { departmentId, name } });
  }

  listUnits(scope: Scope, f: UnitFilter): Promise<[UnitEntity[], number]> {
    const s = scopeCondition(scope, 'u', UNIT_SCOPE);
    const qb = this.manager()
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .where(s.sql, s.params);
    if (f.departmentId)
      qb.andWhere('u.departmentId = :departmentId', { departmentId: f.departmentId });
    if (f.q) qb.andWhere("u.name LIKE :q ESCAPE '\\'", { q: containsPattern(f.q) });
    if (f.active !== undefined) qb.andWhere('u.active = :active', { active: f.active });
    return pageInZhOrder(qb, 'name', f.page, f.pageSize);
  }

  async departmentNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.manager()
      .getRepository(DepartmentEntity)
      .createQueryBuilder('d')
      .where('d.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(rows.map((d) => [d.id, d.name]));
  }

  async countUnits(departmentIds: string[]): Promise<Map<string, number>> {
    if (departmentIds.length === 0) return new Map();
    const rows = await this.manager()
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .select('u.departmentId', 'departmentId')
      .addSelect('COUNT(*)', 'n')
      .where('u.departmentId IN (:...ids)', { ids: departmentIds })
      .groupBy('u.departmentId')
      .getRawMany<{ departmentId: string; n: string | number }>();
    return new Map(rows.map((r) => [r.departmentId, Number(r.n)]));
  }

  allDepartments(em?: EntityManager): Promise<DepartmentEntity[]> {
    return this.manager(em).getRepository(DepartmentEntity).find();
  }

  allUnits(em?: EntityManager): Promise<UnitEntity[]> {
    return this.manager(em).getRepository(UnitEntity).find();
  }

  async insertDepartment(em: EntityManager, d: DepartmentEntity): Promise<void> {
    await insertRows(em, DepartmentEntity, [d]);
  }

  async updateDepartment(em: EntityManager, id: string, c: Partial<DepartmentEntity>) {
    await em.getRepository(DepartmentEntity).update({ id }, c);
  }

  async insertUnit(em: EntityManager, u: UnitEntity): Promise<void> {
    await insertRows(em, UnitEntity, [u]);
  }

  async updateUnit(em: EntityManager, id: string, c: Partial<UnitEntity>): Promise<void> {
    await em.getRepository(UnitEntity).update({ id }, c);
  }
}
