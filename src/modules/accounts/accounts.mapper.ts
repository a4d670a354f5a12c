import { ROLE_NAMES } from './domain/roles';
import type { AccountResponse } from './dto/account.dto';
import type { AccountEntity } from './entities/account.entity';

export const toAccountResponse = (a: AccountEntity, now: Date): AccountResponse => ({
  id: a.id,
  username: a.username,
  displayName: a.displayName,
  role: a.role,
  roleName: ROLE_NAMES[a.role],
  departmentId: a.departmentId,
  unitId: a.unitId,
  active: a.active,
  locked: !!a.lockedUntil && a.lockedUntil > now,
  mustChangePassword: a.mustChangePassword,
  lastLoginAt: a.lastLoginAt ? a.lastLoginAt.toISOString() : null,
});
