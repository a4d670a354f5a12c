import { ROLE_NAMES } from './domain/roles';
import type { AccountResponse } from './dto/account.dto';
import type { AccountEntity } from './entities/account.entity';

/** `locked`: some address is held for this account, or its hour's budget of wrong passwords is spent. */
export const toAccountResponse = (a: AccountEntity, locked: boolean): AccountResponse => ({
  id: a.id,
  username: a.username,
  displayName: a.displayName,
  role: a.role,
  roleName: ROLE_NAMES[a.role],
  departmentId: a.departmentId,
  unitId: a.unitId,
  active: a.active,
  locked,
  mustChangePassword: a.mustChangePassword,
  lastLoginAt: a.lastLoginAt ? a.lastLoginAt.toISOString() : null,
});
