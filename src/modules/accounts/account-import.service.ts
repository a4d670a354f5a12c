import { Injectable, StreamableFile } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { download, XLSX_TYPE } from '../../common/http/download';
import { sortByZh } from '../../common/text/collation';
import { isUniqueViolation } from '../../database/db-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { writeAccountTemplate } from '../documents/excel/account-template';
import { DocumentJobs } from '../documents/workers/document-jobs';
import { OrganizationsService } from '../organizations/organizations.service';
import { AccountsRepository } from './accounts.repository';
import {
  ACCOUNT_IMPORT_HEADERS,
  IMPORTABLE_ROLES,
  planAccountImport,
  type AccountImportContext,
  type AccountImportProblem,
  type AccountImportRow,
  type KnownUnit,
  type PlannedAccount,
} from './domain/account-import';
import { oneTimePassword } from './domain/one-time-password';
import { ROLE_NAMES } from './domain/roles';
import type { AccountImportResponse, ImportedAccountResponse } from './dto/account.dto';
import { AccountEntity } from './entities/account.entity';
import { PasswordHasher } from './password-hasher';

/** Each password costs an argon2 hash (~40 ms): a thousand rows stay within half a minute. */
export const ACCOUNT_IMPORT_MAX_ROWS = 1000;
const HASH_PARALLEL = 4;

/**
 * Department, unit, grader and center-staff accounts from an xlsx sheet
 * (用户名 | 姓名 | 角色 | 所属主管部门 | 所属单位). Every row is checked first; nothing is
 * written unless the whole file is clean. Each account gets a one-time password, returned
 * once in the answer and never stored in clear; the audit records the count, not passwords.
 */
@Injectable()
export class AccountImportService {
  constructor(
    private readonly repo: AccountsRepository,
    private readonly organizations: OrganizationsService,
    private readonly hasher: PasswordHasher,
    private readonly jobs: DocumentJobs,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async template(): Promise<StreamableFile> {
    const { departments } = await this.organizations.directory();
    const buffer = await writeAccountTemplate({
      headers: ACCOUNT_IMPORT_HEADERS,
      roles: Object.keys(IMPORTABLE_ROLES),
      departments: sortByZh(
        departments.filter((d) => d.active),
        (d) => d.name,
      ).map((d) => d.name),
      maxRows: ACCOUNT_IMPORT_MAX_ROWS,
    });
    return download(buffer, XLSX_TYPE, '账号导入模板.xlsx');
  }

  async import(p: Principal, file: Buffer, dryRun: boolean): Promise<AccountImportResponse> {
    const sheet = await this.jobs.readSheet(file, {
      headers: ACCOUNT_IMPORT_HEADERS,
      maxRows: ACCOUNT_IMPORT_MAX_ROWS,
    });
    const first = await this.plan(sheet.rows);
    const errors = merged(sheet.errors, first.errors);
    if (dryRun) return { ...summary(first.accounts, sheet.rows.length, true), errors };
    if (errors.length) throw importInvalid(errors);
    // Hashing takes a while: done before the transaction, then the plan is checked again in it.
    const passwords = first.accounts.map((a) => oneTimePassword(a.username, randomInt));
    const hashes = await this.hashAll(passwords);
    try {
      return await this.uow.run(async (em) => {
        const plan = await this.plan(sheet.rows, em);
        if (plan.errors.length) throw importInvalid(plan.errors);
        await this.repo.insertMany(em, this.entities(plan.accounts, hashes));
        const result = summary(plan.accounts, sheet.rows.length, false);
        await this.audit.record(em, actorOf(p), {
          action: 'accounts.import',
          entityType: 'account-import',
          after: { rows: result.rows, created: result.created, usernames: usernames(plan) },
        });
        result.accounts.forEach((a, i) => (a.password = passwords[i]));
        return result;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw importRaced();
      throw e;
    }
  }

  private async plan(rows: AccountImportRow[], em?: EntityManager) {
    const { departments, units } = await this.organizations.directory(em);
    const byName = new Map<string, KnownUnit[]>();
    for (const u of units) byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
    const ctx: AccountImportContext = {
      usernames: new Set((await this.repo.allUsernames(em)).map((u) => u.toLowerCase())),
      departments: new Map(departments.map((d) => [d.name, d])),
      units: byName,
    };
    return planAccountImport(rows, ctx);
  }

  private async hashAll(passwords: string[]): Promise<string[]> {
    const hashes: string[] = [];
    for (let i = 0; i < passwords.length; i += HASH_PARALLEL) {
      const batch = passwords.slice(i, i + HASH_PARALLEL);
      hashes.push(...(await Promise.all(batch.map((pw) => this.hasher.hash(pw)))));
    }
    return hashes;
  }

  private entities(accounts: PlannedAccount[], hashes: string[]): AccountEntity[] {
    const now = this.clock.now();
    return accounts.map((a, i) =>
      Object.assign(new AccountEntity(), {
        id: randomUUID(),
        username: a.username,
        displayName: a.displayName,
        passwordHash: hashes[i],
        role: a.role,
        departmentId: a.departmentId,
        unitId: a.unitId,
        active: true,
        tokenVersion: 0,
        mustChangePassword: true,
        lastLoginAt: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
  }
}

/** A cell the reader already refused (a formula, say) is not reported again as empty. */
function merged(
  cells: AccountImportProblem[],
  rows: AccountImportProblem[],
): AccountImportProblem[] {
  const refused = new Set(cells.map((e) => `${e.row}\u0000${e.column}`));
  const rest = rows.filter((e) => !refused.has(`${e.row}\u0000${e.column}`));
  return [...cells, ...rest].sort((a, b) => a.row - b.row);
}

const usernames = (plan: { accounts: PlannedAccount[] }) => plan.accounts.map((a) => a.username);

function summary(accounts: PlannedAccount[], rows: number, dryRun: boolean): AccountImportResponse {
  const listed: ImportedAccountResponse[] = accounts.map((a) => ({
    row: a.row,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    roleName: ROLE_NAMES[a.role],
    departmentName: a.departmentName,
    unitName: a.unitName,
  }));
  return { dryRun, rows, created: accounts.length, accounts: listed };
}

function importInvalid(errors: ErrorDetail[]): DomainError {
  return new DomainError(
    'unprocessable',
    'IMPORT_INVALID',
    `文件有 ${errors.length} 处错误，未导入任何数据`,
    errors,
  );
}

const importRaced = () =>
  new DomainError(
    'conflict',
    'USERNAME_TAKEN',
    '导入期间有用户名被占用，未导入任何数据，请重新预检后再导入',
  );
