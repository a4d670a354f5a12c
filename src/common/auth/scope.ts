import { DomainError } from '../errors/domain-error';
import type { Role } from '../../modules/accounts/domain/roles';

/**
 * Which organizations' records an account may reach. Built in one place
 * (scopeFor) and applied through the helpers below, which fail closed: an
 * undefined id never widens a query (security-checklist #4).
 */
export type Scope =
  | { kind: 'center' }
  | { kind: 'department'; departmentId: string }
  | { kind: 'unit'; departmentId: string; unitId: string }
  | { kind: 'none' };

export function scopeFor(account: {
  role: Role;
  departmentId: string | null;
  unitId: string | null;
}): Scope {
  switch (account.role) {
    case 'center-admin':
    case 'center-staff':
      return { kind: 'center' };
    case 'department':
      return { kind: 'department', departmentId: required(account.departmentId) };
    case 'unit':
      return {
        kind: 'unit',
        departmentId: required(account.departmentId),
        unitId: required(account.unitId),
      };
    case 'grader':
      return { kind: 'none' };
  }
}

function required(id: string | null | undefined): string {
  if (typeof id !== 'string' || id.length === 0) {
    throw new DomainError('unauthenticated', 'SCOPE_MISSING', '账号未绑定所属组织，无法访问');
  }
  return id;
}

/** Columns that carry a record's organization. */
export interface ScopeColumns {
  departmentId: string;
  unitId?: string;
}

/**
 * SQL condition and parameters restricting `alias` to the scope. A unit scope
 * on a table without a unit column matches its department's record only when
 * the caller says so through `unitId`.
 */
export function scopeCondition(
  scope: Scope,
  alias: string,
  columns: ScopeColumns,
): { sql: string; params: Record<string, string> } {
  switch (scope.kind) {
    case 'center':
      return { sql: '1=1', params: {} };
    case 'none':
      return { sql: '1=0', params: {} };
    case 'department':
      return {
        sql: `${alias}.${columns.departmentId} = :scopeDepartmentId`,
        params: { scopeDepartmentId: required(scope.departmentId) },
      };
    case 'unit': {
      if (!columns.unitId) {
        return {
          sql: `${alias}.${columns.departmentId} = :scopeDepartmentId`,
          params: { scopeDepartmentId: required(scope.departmentId) },
        };
      }
      return {
        sql: `${alias}.${columns.unitId} = :scopeUnitId`,
        params: { scopeUnitId: required(scope.unitId) },
      };
    }
  }
}

export const isCenter = (scope: Scope): boolean => scope.kind === 'center';
