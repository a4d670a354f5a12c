import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { currentRequestContext } from '../../common/context/request-context';
import { AppConfig } from '../../config/app-config';
import { UnitOfWork } from '../../database/unit-of-work';
import { AccountsRepository } from '../accounts/accounts.repository';
import { weakPassword } from '../accounts/accounts.errors';
import { passwordProblems } from '../accounts/domain/password-policy';
import { ROLE_NAMES } from '../accounts/domain/roles';
import type { AccountEntity } from '../accounts/entities/account.entity';
import { PasswordHasher } from '../accounts/password-hasher';
import { actorOf, AuditService } from '../audit/audit.service';
import {
  accountLocked,
  invalidCredentials,
  samePassword,
  tooManyLogins,
  wrongCurrentPassword,
} from './auth.errors';
import type { ChangePasswordDto, LoginDto, MeResponse, TokenResponse } from './dto/auth.dto';
import { LoginRateLimiter } from './login-rate-limiter';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async login(dto: LoginDto): Promise<TokenResponse> {
    if (!this.limiter.allow(currentRequestContext()?.ip ?? '')) throw tooManyLogins();
    const account = await this.accounts.findByUsername(dto.username);
    if (!account) {
      await this.hasher.verifyDummy(dto.password);
      await this.recordLogin(null, dto.username, 'failure', 'unknown-user');
      throw invalidCredentials();
    }
    const now = this.clock.now();
    if (account.lockedUntil && account.lockedUntil > now) {
      await this.recordLogin(account, dto.username, 'denied', 'locked');
      throw accountLocked(account.lockedUntil);
    }
    const ok = await this.hasher.verify(account.passwordHash, dto.password);
    if (!ok || !account.active) {
      await this.recordFailure(account, ok ? 'inactive' : 'wrong-password');
      throw invalidCredentials();
    }
    await this.uow.run(async (em) => {
      await this.accounts.update(em, account.id, {
        failedAttempts: 0,
        lockedUntil: null,
        lastLoginAt: now,
      });
      await this.audit.record(em, actorFromAccount(account), {
        action: 'auth.login',
        entityType: 'account',
        entityId: account.id,
      });
    });
    return this.issue(account);
  }

  /** Counts a failed attempt; the configured number in a row locks the account for a while. */
  private async recordFailure(account: AccountEntity, reason: string): Promise<void> {
    await this.uow.run(async (em) => {
      const fresh = (await this.accounts.findById(account.id, em)) ?? account;
      const failures = fresh.failedAttempts + 1;
      const lock = failures >= this.config.LOGIN_MAX_FAILURES;
      const lockedUntil = lock
        ? new Date(this.clock.now().getTime() + this.config.LOGIN_LOCK_MINUTES * 60_000)
        : fresh.lockedUntil;
      await this.accounts.update(em, account.id, {
        failedAttempts: lock ? 0 : failures,
        lockedUntil,
      });
      await this.audit.record(em, actorFromAccount(account), {
        action: lock ? 'auth.lock' : 'auth.login',
        entityType: 'account',
        entityId: account.id,
        outcome: 'failure',
        after: { reason, failures },
      });
    });
  }

  private async recordLogin(
    account: AccountEntity | null,
    username: string,
    outcome: 'failure' | 'denied',
    reason: string,
  ) {
    await this.uow.run((em) =>
      this.audit.record(
        em,
        account
          ? actorFromAccount(account)
          : { id: null, username: username.slice(0, 64), role: null },
        {
          action: 'auth.login',
          entityType: 'account',
          entityId: account?.id,
          outcome,
          after: { reason },
        },
      ),
    );
  }

  async refresh(p: Principal): Promise<TokenResponse> {
    const account = await this.accounts.findById(p.accountId);
    if (!account) throw invalidCredentials();
    return this.issue(account);
  }

  async logout(p: Principal): Promise<void> {
    await this.bumpTokenVersion(p, 'auth.logout', {});
  }

  async changePassword(p: Principal, dto: ChangePasswordDto): Promise<TokenResponse> {
    const account = await this.accounts.findById(p.accountId);
    if (!account || !(await this.hasher.verify(account.passwordHash, dto.currentPassword))) {
      throw wrongCurrentPassword();
    }
    if (dto.currentPassword === dto.newPassword) throw samePassword();
    const problems = passwordProblems(dto.newPassword, account.username);
    if (problems.length) throw weakPassword(problems, 'newPassword');
    const passwordHash = await this.hasher.hash(dto.newPassword);
    const updated = await this.bumpTokenVersion(p, 'auth.change-password', {
      passwordHash,
      mustChangePassword: false,
    });
    return this.issue(updated);
  }

  async me(p: Principal): Promise<MeResponse> {
    const a = await this.accounts.findById(p.accountId);
    if (!a) throw invalidCredentials();
    return {
      id: a.id,
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      roleName: ROLE_NAMES[a.role],
      departmentId: a.departmentId,
      unitId: a.unitId,
      mustChangePassword: a.mustChangePassword,
    };
  }

  /** Every token issued before this moment stops working (security-checklist #17). */
  private bumpTokenVersion(p: Principal, action: string, changes: Partial<AccountEntity>) {
    return this.uow.run(async (em) => {
      const a = await this.accounts.findById(p.accountId, em);
      if (!a) throw invalidCredentials();
      const next = { ...changes, tokenVersion: a.tokenVersion + 1, updatedAt: this.clock.now() };
      await this.accounts.update(em, a.id, next);
      await this.audit.record(em, actorOf(p), { action, entityType: 'account', entityId: a.id });
      return { ...a, ...next };
    });
  }

  private async issue(a: AccountEntity): Promise<TokenResponse> {
    return {
      accessToken: await this.tokens.sign({ sub: a.id, tv: a.tokenVersion }),
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      mustChangePassword: a.mustChangePassword,
    };
  }
}

const actorFromAccount = (a: AccountEntity) => ({ id: a.id, username: a.username, role: a.role });
