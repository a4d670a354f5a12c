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

/** What a read needs of the connection it may run on. */
interface Connection {
  readonly inTransaction: boolean;
  readonly open: boolean;
  prepare(source: string): unknown;
}

/** A query that only reads (no PRAGMA: those read a connection's own settings). */
const PLAIN_READ = /^\s*(?:select|with)\b/i;

/**
 * Where a read runs: on `peer` whenever neither connection has a transaction
 * open, on its own connection otherwise. Between transactions both
 * connections read the same thing, the last commit; inside the peer's (a
 * write in progress) only the own connection is isolated from it.
 */
interface WarmPeer {
  own: { readonly inTransaction: boolean };
  peer: Connection;
  source: string;
}

function bindingStatement<S>(statement: S, warm?: WarmPeer): S {
  let onPeer: Statement | undefined;
  for (const method of ['all', 'get', 'run', 'iterate'] as const) {
    const call = (statement as Statement)[method].bind(statement) as (
      ...params: unknown[]
    ) => unknown;
    const routed = warm && (method === 'all' || method === 'get');
    Object.defineProperty(statement, method, {
      value: (...params: unknown[]) => {
        const bound = needsBinding(params) ? params.map(bindable) : params;
        if (!routed || warm.peer.inTransaction || warm.own.inTransaction || !warm.peer.open) {
          return call(...bound);
        }
        onPeer ??= warm.peer.prepare(warm.source) as Statement;
        try {
          return onPeer[method](...bound);
        } catch (e) {
          // A read never waits for a lock on the peer (no busy timeout); its own connection may.
          if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) return call(...bound);
          throw e;
        }
      },
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
  private warm: Connection | null = null;

  /**
   * Reads go to `peer` (the writer's connection on the same file) while no
   * transaction is open on either. In WAL mode a connection drops its whole
   * page cache whenever another connection has committed since its last read,
   * so the read-only connection, reading between the writer's commits, read
   * every page again from the file (a 100-row list page 2–4 ms instead of
   * ~0.5, 58 % of the review step's main thread); the writer's own cache stays
   * warm across its commits. Iterators and anything that is not a plain
   * SELECT stay here.
   */
  readFromWhenIdle(peer: Connection): void {
    this.warm = peer;
  }

  override prepare<P extends unknown[] | object = unknown[], R = unknown>(source: string) {
    const statement = super.prepare<P, R>(source);
    const peer = this.warm;
    const read = peer && statement.reader && statement.readonly && PLAIN_READ.test(source);
    return bindingStatement(statement, read ? { own: this, peer, source } : undefined);
  }
}
