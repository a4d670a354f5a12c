import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { isUniqueViolation } from '../../database/db-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditActor, AuditService } from '../audit/audit.service';
import { LoginProtectionService } from '../login-protection/login-protection.service';
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
  /** Only for the demo accounts (DEMO=1, DEMO_PASSWORD). */
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
    private readonly protection: LoginProtectionService,
  ) {}

  async list(q: AccountQueryDto): Promise<AccountPageResponse> {
    const [rows, total] = await this.repo.list(q);
    const blocked = await this.protection.blocked(rows.map((a) => a.username));
    return {
      items: rows.map((a) => toAccountResponse(a, blocked.has(a.username))),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async get(id: string): Promise<AccountResponse> {
    const a = await this.repo.findById(id);
    if (!a) throw accountNotFound();
    return this.respond(a);
  }

  async create(p: Principal, dto: CreateAccountDto): Promise<AccountResponse> {
    const a = await this.createAccount(actorOf(p), { ...dto, mustChangePassword: true });
    return toAccountResponse(a, false);
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

  async update(p: Principal, id: string, dto: UpdateAccountDto): Promise<AccountResponse> {
    const updated = await this.uow.run(async (em) => {
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
      return { ...a, ...changes };
    });
    return this.respond(updated);
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
        tokenVersion: a.tokenVersion + 1,
        updatedAt: this.clock.now(),
      };
      await this.repo.update(em, a.id, changes);
      await this.protection.release(em, a.username);
      await this.audit.record(em, actorOf(p), {
        action: 'account.reset-password',
        entityType: 'account',
        entityId: a.id,
      });
      return toAccountResponse({ ...a, ...changes }, false);
    });
  }

  unlock(p: Principal, id: string): Promise<AccountResponse> {
    return this.release(actorOf(p), (em) => this.repo.findById(id, em), {});
  }

  /**
   * The server command `npm run unlock-account` (audited as the system): the
   * way back in that no one on the network can block. `knownSource` makes an
   * address known for the account, as a sign-in there would.
   */
  unlockByUsername(actor: AuditActor, username: string, knownSource?: string) {
    return this.release(actor, (em) => this.repo.findByUsername(username, em), {
      via: 'server-command',
      knownSource,
    });
  }

  /** Lifts every hold of the account, at every address, and its hour's count of failures. */
  private release(
    actor: AuditActor,
    find: (em: EntityManager) => Promise<AccountEntity | null>,
    how: { via?: string; knownSource?: string },
  ): Promise<AccountResponse> {
    return this.uow.run(async (em) => {
      const a = await find(em);
      if (!a) throw accountNotFound();
      await this.protection.release(em, a.username);
      if (how.knownSource) {
        await this.protection.markKnown(em, { username: a.username, source: how.knownSource });
      }
      await this.audit.record(em, actor, {
        action: 'account.unlock',
        entityType: 'account',
        entityId: a.id,
        after: how.via ? how : undefined,
      });
      return toAccountResponse(a, false);
    });
  }

  private async respond(a: AccountEntity): Promise<AccountResponse> {
    const blocked = await this.protection.blocked([a.username]);
    return toAccountResponse(a, blocked.has(a.username));
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
