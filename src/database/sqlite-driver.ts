import Database from 'better-sqlite3';

/**
 * A value as SQLite binds it. better-sqlite3 binds numbers, strings, bigints,
 * buffers and null, and refuses the rest. TypeORM's query builder converts
 * its own parameters, but a raw `query(sql, params)` hands them over as they
 * are: a boolean is bound as 1 or 0 (how boolean columns are stored, and what
 * node-sqlite3 did), a date as the ISO text every time column here holds.
 */
export function bindable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

function needsBinding(params: unknown[]): boolean {
  for (const p of params) if (typeof p === 'boolean' || p instanceof Date) return true;
  return false;
}

type Statement = Database.Statement<unknown[], unknown>;

function bindingStatement<S>(statement: S): S {
  for (const method of ['all', 'get', 'run', 'iterate'] as const) {
    const call = (statement as Statement)[method].bind(statement) as (
      ...params: unknown[]
    ) => unknown;
    Object.defineProperty(statement, method, {
      value: (...params: unknown[]) =>
        call(...(needsBinding(params) ? params.map(bindable) : params)),
    });
  }
  return statement;
}

/**
 * The SQLite driver TypeORM gets (`type: 'better-sqlite3'`, issue 12): a
 * synchronous binding, so a statement costs no trip to libuv's thread pool
 * and back, and a write transaction holds the lock only while its own code
 * runs. Its statements bind values as node-sqlite3 did (see `bindable`).
 */
export class SqliteDatabase extends Database {
  override prepare<P extends unknown[] | object = unknown[], R = unknown>(source: string) {
    return bindingStatement(super.prepare<P, R>(source));
  }
}
