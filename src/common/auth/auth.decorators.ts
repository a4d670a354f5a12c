import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '../../modules/accounts/domain/roles';
import { ErrorBody } from '../errors/error-body';
import type { Principal } from './principal';

export const ROLES_KEY = 'auth:roles';
export const PUBLIC_KEY = 'auth:public';
export const PENDING_PASSWORD_OK_KEY = 'auth:pending-password-ok';

/**
 * Who may call a handler. Every route carries either @Roles or @Public: the
 * guard denies a route with neither (deny by default).
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ErrorBody, description: '未登录或登录已失效' }),
    ApiForbiddenResponse({ type: ErrorBody, description: '角色无权执行此操作' }),
  );

export const ANY_ROLE: Role[] = ['center-admin', 'center-staff', 'department', 'unit', 'grader'];

/** Any signed-in account. */
export const SignedIn = () => Roles(...ANY_ROLE);

export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Reachable while the account still has to replace a one-time password. */
export const AllowPendingPasswordChange = () => SetMetadata(PENDING_PASSWORD_OK_KEY, true);

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal =>
    ctx.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
