import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { PENDING_PASSWORD_OK_KEY, PUBLIC_KEY, ROLES_KEY } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { scopeFor } from '../../common/auth/scope';
import { DomainError } from '../../common/errors/domain-error';
import { AccountsRepository } from '../accounts/accounts.repository';
import type { Role } from '../accounts/domain/roles';
import { TokenService } from './token.service';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { recordDenied } from '../audit/access-denied.interceptor';

const unauthenticated = () =>
  new DomainError('unauthenticated', 'UNAUTHENTICATED', '未登录或登录已失效，请重新登录');

/**
 * The one gate of every route: a route is public, or it names the roles that
 * may call it; one that does neither is refused (deny by default). The
 * account's state is re-read on each request (never cached), so
 * deactivation, logout, password and role changes take effect at once, on
 * every instance.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.length) {
      throw new DomainError('forbidden', 'ROUTE_NOT_PERMITTED', '该接口未声明访问权限，已拒绝');
    }
    const req = ctx.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const principal = await this.authenticate(req);
    const pendingOk = this.reflector.getAllAndOverride<boolean>(PENDING_PASSWORD_OK_KEY, targets);
    if (principal.mustChangePassword && !pendingOk) {
      throw new DomainError('forbidden', 'PASSWORD_CHANGE_REQUIRED', '请先修改初始密码');
    }
    if (!roles.includes(principal.role)) {
      const denied = new DomainError('forbidden', 'ROLE_FORBIDDEN', '当前角色无权执行此操作');
      await recordDenied(this.audit, this.uow, principal, req, denied);
      throw denied;
    }
    req.principal = principal;
    return true;
  }

  private async authenticate(req: Request): Promise<Principal & { mustChangePassword: boolean }> {
    const header = req.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(header);
    if (!match) throw unauthenticated();
    const claims = await this.tokens.verify(match[1]);
    const account = await this.accounts.findState(claims.sub);
    if (!account || !account.active || account.tokenVersion !== claims.tv) throw unauthenticated();
    return {
      accountId: account.id,
      username: account.username,
      role: account.role,
      scope: scopeFor(account),
      signedInAt: new Date(claims.authTime * 1000),
      mustChangePassword: account.mustChangePassword,
    };
  }
}
