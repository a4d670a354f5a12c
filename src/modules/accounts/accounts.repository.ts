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

/** What the auth guard needs of an account on every request. */
export interface AccountState {
  id: string;
  username: string;
  role: Role;
  departmentId: string | null;
  unitId: string | null;
  active: boolean;
  tokenVersion: number;
  mustChangePassword: boolean;
}

interface AccountStateRow {
  id: string;
  username: string;
  role: Role;
  department_id: string | null;
  unit_id: string | null;
  active: boolean | number;
  token_version: number | string;
  must_change_password: boolean | number;
}

const STATE_COLUMNS =
  'id, username, role, department_id, unit_id, active, token_version, must_change_password';

@Injectable()
export class AccountsRepository {
  private readonly stateSql: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    const param = dataSource.options.type === 'postgres' ? '$1' : '?';
    this.stateSql = `SELECT ${STATE_COLUMNS} FROM accounts WHERE id = ${param}`;
  }

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(AccountEntity);
  }

  /** Looks up by id; an id that is not a non-empty string finds nothing (checklist #4). */
  findById(id: unknown, em?: EntityManager): Promise<AccountEntity | null> {
    if (typeof id !== 'string' || id.length === 0) return Promise.resolve(null);
    return this.repo(em).findOne({ where: { id } });
  }

  /**
   * The account's current state, read afresh on every request (nothing is
   * cached, so a deactivation, logout, password or role change by this or any
   * other instance, or by the CLI, counts at the next request). One indexed
   * read of eight columns, without the ORM's query building and entity
   * hydration, which cost more than the read itself (issue 12).
   */
  async findState(id: unknown): Promise<AccountState | null> {
    if (typeof id !== 'string' || id.length === 0) return null;
    const rows = await this.dataSource.query<AccountStateRow[]>(this.stateSql, [id]);
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      username: r.username,
      role: r.role,
      departmentId: r.department_id,
      unitId: r.unit_id,
      // SQLite keeps booleans as 0/1, PostgreSQL as booleans; bigint-safe integer.
      active: r.active === true || r.active === 1,
      tokenVersion: Number(r.token_version),
      mustChangePassword: r.must_change_password === true || r.must_change_password === 1,
    };
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
