/**
 * Preload (`node -r ./dist-bench/bench/season/sql-count.js`) that counts the SQLite statements the
 * process runs; with BENCH_TRACE=1 and BENCH_LANES=1 the season benchmark prints them per kind of
 * request. A tool for finding round trips, never loaded by the service.
 */
import Database from 'better-sqlite3';

const counter = globalThis as { __sql?: number };
counter.__sql = 0;
const statement = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<
  string,
  (...a: unknown[]) => unknown
>;
for (const method of ['run', 'all', 'get', 'iterate']) {
  const original = statement[method];
  statement[method] = function (this: unknown, ...args: unknown[]) {
    counter.__sql! += 1;
    return original.apply(this, args);
  };
}
const database = Database.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
const exec = database.exec;
database.exec = function (this: unknown, ...args: unknown[]) {
  counter.__sql! += 1;
  return exec.apply(this, args);
};
