import { QueryFailedError } from 'typeorm';

/** A unique constraint refused the write (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const e = error.driverError as { code?: string; errno?: number; message?: string };
  return e.code === '23505' || (e.code === 'SQLITE_CONSTRAINT' && /UNIQUE/.test(e.message ?? ''));
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
