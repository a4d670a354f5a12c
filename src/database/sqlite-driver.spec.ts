import { DataSource, QueryFailedError } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { buildDataSourceOptions, isSqlite } from './data-source-options';
import { isUniqueViolation } from './db-errors';
import { bindable, SqliteDatabase } from './sqlite-driver';

describe('the SQLite driver TypeORM gets', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await new DataSource({
      type: 'better-sqlite3',
      driver: SqliteDatabase,
      database: ':memory:',
    }).initialize();
    await ds.query(
      'CREATE TABLE t (id TEXT PRIMARY KEY, code TEXT UNIQUE, flag INTEGER, at TEXT NOT NULL)',
    );
  });
  afterAll(() => ds.destroy());

  it('is what the data source options hand to TypeORM, with a busy timeout and a statement cache', () => {
    const options = buildDataSourceOptions(loadConfig({ DB_PATH: ':memory:' }));
    expect(options).toMatchObject({
      type: 'better-sqlite3',
      driver: SqliteDatabase,
      timeout: 5000,
      statementCacheSize: 500,
    });
    expect(isSqlite({ options })).toBe(true);
  });

  it('binds a raw query’s booleans as 1 and 0 and its dates as ISO text, as they are stored', async () => {
    const at = new Date('2025-07-25T08:00:00.000Z');
    await ds.query('INSERT INTO t (id, code, flag, at) VALUES (?, ?, ?, ?)', ['a', 'A', true, at]);
    await ds.query('INSERT INTO t (id, code, flag, at) VALUES (?, ?, ?, ?)', ['b', 'B', false, at]);
    expect(await ds.query('SELECT id, flag, at FROM t WHERE flag = ? ORDER BY id', [true])).toEqual(
      [{ id: 'a', flag: 1, at: '2025-07-25T08:00:00.000Z' }],
    );
    expect(await ds.query('SELECT id FROM t WHERE flag = ?', [false])).toEqual([{ id: 'b' }]);
    expect([bindable(1), bindable('x'), bindable(null)]).toEqual([1, 'x', null]);
  });

  it('refuses a value SQLite cannot hold instead of storing something else', async () => {
    await expect(ds.query('SELECT ? AS v', [{ a: 1 }])).rejects.toBeInstanceOf(QueryFailedError);
  });

  it('reports a duplicate key or unique value as a unique violation, and nothing else', async () => {
    const failure = (params: unknown[]) =>
      ds.query('INSERT INTO t (id, code, flag, at) VALUES (?, ?, ?, ?)', params).then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isUniqueViolation(await failure(['a', 'Z', 1, 'x']))).toBe(true); // primary key
    expect(isUniqueViolation(await failure(['z', 'A', 1, 'x']))).toBe(true); // unique column
    const notNull = await failure(['y', 'Y', 1, null]);
    expect(notNull).toBeInstanceOf(QueryFailedError);
    expect(isUniqueViolation(notNull)).toBe(false);
  });

  it('runs statements that return rows (RETURNING) and statements that do not through one cache', async () => {
    const runner = ds.createQueryRunner();
    const updated = await runner.query(
      'UPDATE t SET flag = 2 WHERE id = ? RETURNING id',
      ['a'],
      true,
    );
    expect(updated.records).toEqual([{ id: 'a' }]);
    const deleted = await runner.query('DELETE FROM t WHERE id = ?', ['b'], true);
    expect(deleted.affected).toBe(1);
  });
});
