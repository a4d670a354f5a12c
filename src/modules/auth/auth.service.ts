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
import { actorOf, AuditActor, AuditService } from '../audit/audit.service';
import {
  Admission,
  Attempt,
  LoginProtectionService,
} from '../login-protection/login-protection.service';
import {
  accountAttemptsLimited,
  accountLocked,
  invalidCredentials,
  samePassword,
  sessionExpired,
  tooManyLogins,
  wrongCurrentPassword,
} from './auth.errors';
import { sessionTokenLifetime } from './domain/session-lifetime';
import type { ChangePasswordDto, LoginDto, MeResponse, TokenResponse } from './dto/auth.dto';
import { LoginRateLimiter } from './login-rate-limiter';
import { TokenService } from './token.service';

type Admitted = Admission & { kind: 'admitted' };

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
    private readonly protection: LoginProtectionService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * The attempt is counted before the password is hashed, and a name no
   * account has goes through the same steps and the same hash cost as a real
   * one, with the same answers (security-checklist #11–#13).
   */
  async login(dto: LoginDto): Promise<TokenResponse> {
    const attempt = { username: dto.username, source: clientAddress() };
    const account = await this.accounts.findByUsername(dto.username);
    const actor = account ? actorFromAccount(account) : unknownActor(dto.username);
    const admission = await this.admit('auth.login', actor, account, attempt, true);
    const ok = account
      ? await this.hasher.verify(account.passwordHash, dto.password)
      : await this.hasher.verifyDummy(dto.password);
    if (!account || !ok || !account.active) {
      const reason = !account ? 'unknown-user' : ok ? 'inactive' : 'wrong-password';
      await this.recordFailure('auth.login', actor, account, admission, reason);
      throw invalidCredentials();
    }
    const now = this.clock.now();
    await this.uow.run(async (em) => {
      await this.protection.succeeded(em, admission);
      await this.accounts.update(em, account.id, { lastLoginAt: now });
      await this.audit.record(em, actor, {
        action: 'auth.login',
        entityType: 'account',
        entityId: account.id,
      });
    });
    return this.issue(account, now);
  }

  /** Takes the attempt in the database; a refused one is audited and answers 423/429. */
  private async admit(
    action: string,
    actor: AuditActor,
    account: AccountEntity | null,
    attempt: Attempt,
    perAddressLimit: boolean,
  ): Promise<Admitted> {
    const admission = await this.uow.run(async (em) => {
      if (perAddressLimit && !(await this.limiter.allow(em, attempt.source))) return null;
      const a = await this.protection.admit(em, attempt);
      if (a.kind !== 'admitted') {
        await this.audit.record(em, actor, {
          action,
          entityType: 'account',
          entityId: account?.id,
          outcome: 'denied',
          after: { reason: a.kind },
        });
      }
      return a;
    });
    if (!admission) throw tooManyLogins();
    if (admission.kind === 'held') throw accountLocked(admission.until);
    if (admission.kind === 'hourly-limit') throw accountAttemptsLimited();
    return admission;
  }

  /** The attempt was already counted by `admit`; the failure is audited, and the hold it placed. */
  private async recordFailure(
    action: string,
    actor: AuditActor,
    account: AccountEntity | null,
    admission: Admitted,
    reason: string,
  ): Promise<void> {
    const held = admission.placedHold;
    await this.uow.run((em) =>
      this.audit.record(em, actor, {
        action: held ? 'auth.lock' : action,
        entityType: 'account',
        entityId: account?.id,
        outcome: 'failure',
        after: { reason, failures: admission.failures, heldUntil: held?.toISOString() },
      }),
    );
  }

  async refresh(p: Principal): Promise<TokenResponse> {
    const account = await this.accounts.findById(p.accountId);
    if (!account) throw invalidCredentials();
    if (!p.signedInAt) throw sessionExpired();
    return this.issue(account, p.signedInAt);
  }

  async logout(p: Principal): Promise<void> {
    await this.bumpTokenVersion(p, 'auth.logout', {});
  }

  /** A wrong current password counts like a wrong password at sign-in (finding 3). */
  async changePassword(p: Principal, dto: ChangePasswordDto): Promise<TokenResponse> {
    const account = await this.accounts.findById(p.accountId);
    if (!account) throw invalidCredentials();
    const actor = actorOf(p);
    const attempt = { username: account.username, source: clientAddress() };
    const admission = await this.admit('auth.change-password', actor, account, attempt, false);
    if (!(await this.hasher.verify(account.passwordHash, dto.currentPassword))) {
      const reason = 'wrong-current-password';
      await this.recordFailure('auth.change-password', actor, account, admission, reason);
      throw wrongCurrentPassword();
    }
    await this.uow.run((em) => this.protection.succeeded(em, admission));
    if (dto.currentPassword === dto.newPassword) throw samePassword();
    const problems = passwordProblems(dto.newPassword, account.username);
    if (problems.length) throw weakPassword(problems, 'newPassword');
    const passwordHash = await this.hasher.hash(dto.newPassword);
    const updated = await this.bumpTokenVersion(p, 'auth.change-password', {
      passwordHash,
      mustChangePassword: false,
    });
    return this.issue(updated, this.clock.now());
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

  /** A token of the session that began at `signedInAt`, never past SESSION_MAX_HOURS (finding 4). */
  private async issue(a: AccountEntity, signedInAt: Date): Promise<TokenResponse> {
    const lifetime = sessionTokenLifetime(
      signedInAt,
      this.clock.now(),
      this.tokens.ttlSeconds,
      this.config.SESSION_MAX_HOURS,
    );
    if (lifetime === null) throw sessionExpired();
    const authTime = Math.floor(signedInAt.getTime() / 1000);
    return {
      accessToken: await this.tokens.sign({ sub: a.id, tv: a.tokenVersion, authTime }, lifetime),
      tokenType: 'Bearer',
      expiresIn: lifetime,
      mustChangePassword: a.mustChangePassword,
    };
  }
}

const actorFromAccount = (a: AccountEntity) => ({ id: a.id, username: a.username, role: a.role });
const unknownActor = (username: string) => ({
  id: null,
  username: username.slice(0, 64),
  role: null,
});
const clientAddress = () => (currentRequestContext()?.ip ?? '').slice(0, 64);
