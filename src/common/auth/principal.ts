import type { Role } from '../../modules/accounts/domain/roles';
import type { Scope } from './scope';

/** The signed-in account as the guard loaded it from the database. */
export interface Principal {
  accountId: string;
  username: string;
  role: Role;
  scope: Scope;
  /** When the session began with a password (token claim `auth_time`); refreshes keep it. */
  signedInAt?: Date;
}
