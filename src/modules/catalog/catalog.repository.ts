import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sortByZh } from '../../common/text/collation';
import { containsPattern } from '../../common/text/like';
import { pageInZhOrder } from '../../database/page-in-zh-order';
import { OccupationEntity } from './entities/occupation.entity';
import { PaperCategoryEntity } from './entities/paper-category.entity';
import { insertRows } from '../../database/insert-rows';

export interface OccupationFilter {
  q?: string;
  technicianClass?: string;
  technicianEligible?: boolean;
  paperCategoryId?: string;
  page: number;
  pageSize: number;
}

@Injectable()
export class CatalogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  categories(sessionId: string, em?: EntityManager): Promise<PaperCategoryEntity[]> {
    return this.manager(em)
      .getRepository(PaperCategoryEntity)
      .find({ where: { sessionId }, order: { seq: 'ASC' } });
  }

  /** Every occupation of the session, by name in pinyin order. */
  async occupations(sessionId: string, em?: EntityManager): Promise<OccupationEntity[]> {
    const rows = await this.manager(em)
      .getRepository(OccupationEntity)
      .find({ where: { sessionId } });
    return sortByZh(
      rows,
      (o) => o.name,
      (o) => o.id,
    );
  }

  findOccupation(sessionId: string, id: string, em?: EntityManager) {
    return this.manager(em).getRepository(OccupationEntity).findOne({ where: { sessionId, id } });
  }

  findOccupationByName(sessionId: string, normalizedName: string, em?: EntityManager) {
    return this.manager(em)
      .getRepository(OccupationEntity)
      .findOne({ where: { sessionId, normalizedName } });
  }

  searchOccupations(sessionId: string, f: OccupationFilter): Promise<[OccupationEntity[], number]> {
    const qb = this.manager()
      .getRepository(OccupationEntity)
      .createQueryBuilder('o')
      .where('o.sessionId = :sessionId', { sessionId });
    if (f.q) qb.andWhere("o.normalizedName LIKE :q ESCAPE '\\'", { q: containsPattern(f.q) });
    if (f.technicianClass) qb.andWhere('o.technicianClass = :cls', { cls: f.technicianClass });
    if (f.technicianEligible === true) qb.andWhere('o.technicianClass IS NOT NULL');
    if (f.technicianEligible === false) qb.andWhere('o.technicianClass IS NULL');
    if (f.paperCategoryId) qb.andWhere('o.paperCategoryId = :pc', { pc: f.paperCategoryId });
    return pageInZhOrder(qb, 'name', f.page, f.pageSize);
  }

  async insertCategories(em: EntityManager, rows: PaperCategoryEntity[]): Promise<void> {
    await insertRows(em, PaperCategoryEntity, rows);
  }

  async insertOccupations(em: EntityManager, rows: OccupationEntity[]): Promise<void> {
    await insertRows(em, OccupationEntity, rows);
  }

  async updateOccupation(em: EntityManager, id: string, c: Partial<OccupationEntity>) {
    await em.getRepository(OccupationEntity).update({ id }, c);
  }
}
