/**
 * Preload (`node -r ./dist-bench/bench/season/sql-count.js`) that counts the SQLite statements the
 * process sends; with BENCH_TRACE=1 and BENCH_LANES=1 the season benchmark prints them per kind of
 * request. A tool for finding round trips, never loaded by the service.
 */
import * as sqlite3 from 'sqlite3';

const counter = globalThis as { __sql?: number };
counter.__sql = 0;
const proto = sqlite3.Database.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
for (const method of ['run', 'all', 'get', 'each', 'prepare', 'exec']) {
  const original = proto[method];
  proto[method] = function (this: unknown, ...args: unknown[]) {
    counter.__sql! += 1;
    return original.apply(this, args);
  };
}
