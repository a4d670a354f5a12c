import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Scope, scopeCondition } from '../../common/auth/scope';
import { skipOf, type PageQuery } from '../../common/http/page.dto';
import { insertRows } from '../../database/insert-rows';
import { ObjectionEntity } from './entities/objection.entity';
import { PublicityEntity } from './entities/publicity.entity';
import { RegistrationEntity } from './entities/registration.entity';

@Injectable()
export class PublicityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async approvedIds(em: EntityManager, sessionId: string, unitId: string): Promise<string[]> {
    const rows = await em
      .getRepository(RegistrationEntity)
      .find({ select: { id: true }, where: { sessionId, unitId, status: 'unit-approved' } });
    return rows.map((r) => r.id);
  }

  async insert(em: EntityManager, p: PublicityEntity): Promise<void> {
    await insertRows(em, PublicityEntity, [p]);
  }

  async insertObjection(em: EntityManager, o: ObjectionEntity): Promise<void> {
    await insertRows(em, ObjectionEntity, [o]);
  }

  find(em: EntityManager, id: string | null): Promise<PublicityEntity | null> {
    return id ? em.findOne(PublicityEntity, { where: { id } }) : Promise.resolve(null);
  }

  async findMany(em: EntityManager, ids: (string | null)[]): Promise<Map<string, PublicityEntity>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    const rows = wanted.length ? await em.findBy(PublicityEntity, { id: In(wanted) }) : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Publicities in scope (a unit sees its own, a department its units'), newest first. */
  list(scope: Scope, sessionId: string, q: PageQuery): Promise<[PublicityEntity[], number]> {
    const s = scopeCondition(scope, 'p', { departmentId: 'departmentId', unitId: 'unitId' });
    return this.dataSource
      .getRepository(PublicityEntity)
      .createQueryBuilder('p')
      .where(s.sql, s.params)
      .andWhere('p.sessionId = :sessionId', { sessionId })
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip(skipOf(q))
      .take(q.pageSize)
      .getManyAndCount();
  }

  findScoped(scope: Scope, id: unknown): Promise<PublicityEntity | null> {
    if (typeof id !== 'string' || !id) return Promise.resolve(null);
    const s = scopeCondition(scope, 'p', { departmentId: 'departmentId', unitId: 'unitId' });
    return this.dataSource
      .getRepository(PublicityEntity)
      .createQueryBuilder('p')
      .where(s.sql, s.params)
      .andWhere('p.id = :id', { id })
      .getOne();
  }

  async counts(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .select('r.publicityId', 'publicityId')
      .addSelect('COUNT(*)', 'n')
      .where('r.publicityId IN (:...ids)', { ids })
      .groupBy('r.publicityId')
      .getRawMany<{ publicityId: string; n: string | number }>();
    return new Map(rows.map((r) => [r.publicityId, Number(r.n)]));
  }

  /** Registrations objected to during each publicity (each sent back to its unit). */
  async objectionCounts(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource
      .getRepository(ObjectionEntity)
      .createQueryBuilder('o')
      .select('o.publicityId', 'publicityId')
      .addSelect('COUNT(DISTINCT o.registrationId)', 'n')
      .where('o.publicityId IN (:...ids)', { ids })
      .groupBy('o.publicityId')
      .getRawMany<{ publicityId: string; n: string | number }>();
    return new Map(rows.map((r) => [r.publicityId, Number(r.n)]));
  }

  /**
   * For a publicity started before lists were frozen: who is still in it and who was
   * objected to during it (unordered; the caller orders as 附件2 does).
   */
  async publishedBefore(publicityId: string): Promise<RegistrationEntity[]> {
    const objected = this.dataSource
      .getRepository(ObjectionEntity)
      .createQueryBuilder('o')
      .select('o.registrationId')
      .where('o.publicityId = :publicityId');
    return this.dataSource
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where('r.publicityId = :publicityId', { publicityId })
      .orWhere(`r.id IN (${objected.getQuery()})`)
      .getMany();
  }
}
