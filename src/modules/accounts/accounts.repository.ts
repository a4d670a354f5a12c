import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { containsPattern } from '../../common/text/like';
import { AccountEntity } from './entities/account.entity';
import type { Role } from './domain/roles';
import { insertRows } from '../../database/insert-rows';

export interface AccountFilter {
  role?: Role;
  departmentId?: string;
  unitId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(AccountEntity);
  }

  /** Looks up by id; an id that is not a non-empty string finds nothing (checklist #4). */
  findById(id: unknown, em?: EntityManager): Promise<AccountEntity | null> {
    if (typeof id !== 'string' || id.length === 0) return Promise.resolve(null);
    return this.repo(em).findOne({ where: { id } });
  }

  findByUsername(username: string, em?: EntityManager): Promise<AccountEntity | null> {
    if (typeof username !== 'string' || username.length === 0) return Promise.resolve(null);
    return this.repo(em).findOne({ where: { username } });
  }

  /** Every username, for an import's duplicate check. */
  async allUsernames(em?: EntityManager): Promise<string[]> {
    const rows = await this.repo(em).find({ select: { username: true } });
    return rows.map((r) => r.username);
  }

  count(em?: EntityManager): Promise<number> {
    return this.repo(em).count();
  }

  async insert(em: EntityManager, account: AccountEntity): Promise<void> {
    await insertRows(em, AccountEntity, [account]);
  }

  async insertMany(em: EntityManager, accounts: readonly AccountEntity[]): Promise<void> {
    await insertRows(em, AccountEntity, accounts);
  }

  async update(em: EntityManager, id: string, changes: Partial<AccountEntity>): Promise<void> {
    await this.repo(em).update({ id }, changes);
  }

  list(f: AccountFilter): Promise<[AccountEntity[], number]> {
    const qb = this.repo().createQueryBuilder('a');
    if (f.role) qb.andWhere('a.role = :role', { role: f.role });
    if (f.departmentId)
      qb.andWhere('a.departmentId = :departmentId', { departmentId: f.departmentId });
    if (f.unitId) qb.andWhere('a.unitId = :unitId', { unitId: f.unitId });
    if (f.q) {
      qb.andWhere("(a.username LIKE :q ESCAPE '\\' OR a.displayName LIKE :q ESCAPE '\\')", {
        q: containsPattern(f.q),
      });
    }
    return qb
      .orderBy('a.username', 'ASC')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
  }
}
