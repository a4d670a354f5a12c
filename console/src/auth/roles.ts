import type { Role } from './session';

export const CENTER: readonly Role[] = ['center-admin', 'center-staff'];
export const ORG: readonly Role[] = ['center-admin', 'center-staff', 'department', 'unit'];
export const ALL: readonly Role[] = [
  'center-admin',
  'center-staff',
  'department',
  'unit',
  'grader',
];

export function hasRole(role: Role | null | undefined, allowed?: readonly Role[]): boolean {
  if (!allowed) return true;
  return !!role && allowed.includes(role);
}
