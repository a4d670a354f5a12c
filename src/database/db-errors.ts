import { QueryFailedError } from 'typeorm';

/**
 * A unique constraint refused the write: PostgreSQL's 23505, SQLite's
 * extended SQLITE_CONSTRAINT_UNIQUE or, for a primary key,
 * SQLITE_CONSTRAINT_PRIMARYKEY.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string }).code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * PostgreSQL gave up on a transaction because of a concurrent one
 * (serialization failure, deadlock): the client may retry.
 */
export function isConcurrencyFailure(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string }).code;
  return code === '40001' || code === '40P01';
}

/** SQLite's write lock stayed with another process (SQLITE_BUSY and its extended codes). */
export function isDatabaseBusy(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
