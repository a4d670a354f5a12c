import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { isUniqueViolation } from '../../database/db-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditActor, AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { AccountsRepository } from './accounts.repository';
import {
  accountNotFound,
  organizationNotAllowed,
  organizationRequired,
  usernameTaken,
  weakPassword,
} from './accounts.errors';
import { toAccountResponse } from './accounts.mapper';
import { passwordProblems } from './domain/password-policy';
import type { Role } from './domain/roles';
import type {
  AccountPageResponse,
  AccountQueryDto,
  AccountResponse,
  CreateAccountDto,
  UpdateAccountDto,
} from './dto/account.dto';
import { AccountEntity } from './entities/account.entity';
import { PasswordHasher } from './password-hasher';

const CENTER = { kind: 'center' } as const;

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  departmentId?: string;
  unitId?: string;
  password: string;
  mustChangePassword: boolean;
  /** Only for ADMIN_PASSWORD given by the operator at first start. */
  skipPasswordPolicy?: boolean;
}

/** Accounts as the center administrator manages them. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly repo: AccountsRepository,
    private readonly organizations: OrganizationsService,
    private readonly hasher: PasswordHasher,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(q: AccountQueryDto): Promise<AccountPageResponse> {
    const [rows, total] = await this.repo.list(q);
    const now = this.clock.now();
    return {
      items: rows.map((a) => toAccountResponse(a, now)),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async get(id: string): Promise<AccountResponse> {
    const a = await this.repo.findById(id);
    if (!a) throw accountNotFound();
    return toAccountResponse(a, this.clock.now());
  }

  async create(p: Principal, dto: CreateAccountDto): Promise<AccountResponse> {
    const a = await this.createAccount(actorOf(p), { ...dto, mustChangePassword: true });
    return toAccountResponse(a, this.clock.now());
  }

  /** Also used by seeding (first administrator, demo accounts). */
  async createAccount(
    actor: AuditActor,
    input: NewAccount,
    em?: EntityManager,
  ): Promise<AccountEntity> {
    const problems = passwordProblems(input.password, input.username);
    if (problems.length && !input.skipPasswordPolicy) throw weakPassword(problems);
    const passwordHash = await this.hasher.hash(input.password);
    const work = async (tx: EntityManager) => {
      const org = await this.organizationOf(input, tx);
      if (await this.repo.findByUsername(input.username, tx)) throw usernameTaken(input.username);
      const now = this.clock.now();
      const account = Object.assign(new AccountEntity(), {
        id: randomUUID(),
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        role: input.role,
        ...org,
        active: true,
        failedAttempts: 0,
        lockedUntil: null,
        tokenVersion: 0,
        mustChangePassword: input.mustChangePassword,
        lastLoginAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.repo.insert(tx, account);
      await this.audit.record(tx, actor, {
        action: 'account.create',
        entityType: 'account',
        entityId: account.id,
        after: { username: account.username, role: account.role, ...org },
      });
      return account;
    };
    try {
      return em ? await work(em) : await this.uow.run(work);
    } catch (e) {
      if (isUniqueViolation(e)) throw usernameTaken(input.username);
      throw e;
    }
  }

  update(p: Principal, id: string, dto: UpdateAccountDto): Promise<AccountResponse> {
    return this.uow.run(async (em) => {
      const a = await this.repo.findById(id, em);
      if (!a) throw accountNotFound();
      const deactivating = dto.active === false && a.active;
      const changes = {
        displayName: dto.displayName ?? a.displayName,
        active: dto.active ?? a.active,
        tokenVersion: deactivating ? a.tokenVersion + 1 : a.tokenVersion,
        updatedAt: this.clock.now(),
      };
      await this.repo.update(em, a.id, changes);
      await this.audit.record(em, actorOf(p), {
        action: 'account.update',
        entityType: 'account',
        entityId: a.id,
        before: { displayName: a.displayName, active: a.active },
        after: { displayName: changes.displayName, active: changes.active },
      });
      return toAccountResponse({ ...a, ...changes }, this.clock.now());
    });
  }

  async resetPassword(p: Principal, id: string, password: string): Promise<AccountResponse> {
    const a0 = await this.repo.findById(id);
    if (!a0) throw accountNotFound();
    const problems = passwordProblems(password, a0.username);
    if (problems.length) throw weakPassword(problems);
    const passwordHash = await this.hasher.hash(password);
    return this.uow.run(async (em) => {
      const a = await this.repo.findById(id, em);
      if (!a) throw accountNotFound();
      const changes = {
        passwordHash,
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
        tokenVersion: a.tokenVersion + 1,
        updatedAt: this.clock.now(),
      };
      await this.repo.update(em, a.id, changes);
      await this.audit.record(em, actorOf(p), {
        action: 'account.reset-password',
        entityType: 'account',
        entityId: a.id,
      });
      return toAccountResponse({ ...a, ...changes }, this.clock.now());
    });
  }

  unlock(p: Principal, id: string): Promise<AccountResponse> {
    return this.uow.run(async (em) => {
      const a = await this.repo.findById(id, em);
      if (!a) throw accountNotFound();
      await this.repo.update(em, a.id, { failedAttempts: 0, lockedUntil: null });
      await this.audit.record(em, actorOf(p), {
        action: 'account.unlock',
        entityType: 'account',
        entityId: a.id,
        before: { lockedUntil: a.lockedUntil?.toISOString() ?? null },
      });
      return toAccountResponse({ ...a, failedAttempts: 0, lockedUntil: null }, this.clock.now());
    });
  }

  /** Department users belong to a department, unit users to a unit (and its department). */
  private async organizationOf(input: NewAccount, em: EntityManager) {
    switch (input.role) {
      case 'department': {
        if (!input.departmentId) throw organizationRequired('departmentId', '主管部门');
        if (input.unitId) throw organizationNotAllowed();
        const d = await this.organizations.requireDepartment(CENTER, input.departmentId, em);
        return { departmentId: d.id, unitId: null };
      }
      case 'unit': {
        if (!input.unitId) throw organizationRequired('unitId', '单位');
        const u = await this.organizations.requireUnit(CENTER, input.unitId, em);
        return { departmentId: u.departmentId, unitId: u.id };
      }
      default:
        if (input.departmentId || input.unitId) throw organizationNotAllowed();
        return { departmentId: null, unitId: null };
    }
  }
}
