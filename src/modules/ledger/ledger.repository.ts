import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { containsPattern } from '../../common/text/like';
import { pageInZhOrder } from '../../database/page-in-zh-order';
import { LedgerEntryEntity } from './entities/ledger-entry.entity';

const CHUNK = 500;

export interface LedgerFilter {
  idNumber?: string;
  name?: string;
  page: number;
  pageSize: number;
}

@Injectable()
export class LedgerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(LedgerEntryEntity);
  }

  /** By name in pinyin order, then id. */
  page(f: LedgerFilter): Promise<[LedgerEntryEntity[], number]> {
    const qb = this.repo().createQueryBuilder('l');
    if (f.idNumber) qb.andWhere('l.idNumber = :idNumber', { idNumber: f.idNumber });
    if (f.name) qb.andWhere("l.name LIKE :name ESCAPE '\\'", { name: containsPattern(f.name) });
    return pageInZhOrder(qb, 'name', f.page, f.pageSize);
  }

  findById(id: string, em?: EntityManager): Promise<LedgerEntryEntity | null> {
    return this.repo(em).findOne({ where: { id } });
  }

  /** Every entry of a person, in force or not. */
  entriesOf(idNumber: string, em?: EntityManager): Promise<LedgerEntryEntity[]> {
    return this.repo(em).find({ where: { idNumber }, order: { certDate: 'ASC', id: 'ASC' } });
  }

  /**
   * Every entry of each of these people, in force or not, each person's in the order of
   * entriesOf; read in chunks of 500 ID numbers (SQLite's bound-parameter limit).
   */
  async entriesOfMany(
    idNumbers: readonly string[],
    em?: EntityManager,
  ): Promise<Map<string, LedgerEntryEntity[]>> {
    const ids = [...new Set(idNumbers)];
    const out = new Map<string, LedgerEntryEntity[]>(ids.map((id) => [id, []]));
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.repo(em).find({
        where: { idNumber: In(ids.slice(i, i + CHUNK)) },
        order: { certDate: 'ASC', id: 'ASC' },
      });
      for (const e of rows) out.get(e.idNumber)?.push(e);
    }
    return out;
  }

  async insert(em: EntityManager, e: LedgerEntryEntity): Promise<void> {
    await em.getRepository(LedgerEntryEntity).insert(e);
  }

  /** Applies the changes if the version is still the one read; the number of rows changed. */
  async updateIfVersion(
    em: EntityManager,
    id: string,
    version: number,
    changes: Partial<LedgerEntryEntity>,
  ): Promise<number> {
    const r = await em
      .createQueryBuilder()
      .update(LedgerEntryEntity)
      .set({ ...changes, version: version + 1 })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return r.affected ?? 0;
  }
}
