import { isSqlite } from '../../src/database/data-source-options';
import { createTestApp, TestApp } from './harness';

/**
 * Reads run on the writer's connection while it has no transaction open, where
 * the page cache stays warm across commits, and on the read-only connection
 * while a write is in progress, which they must not see (issue 12; issue 8,
 * finding 2). A TEMP table is a connection's own: one of the same name on
 * each, holding that connection's name, shows which one answered.
 */
describe('SQLite reads on the warm connection between writes (e2e, SQLite)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    if (!isSqlite(t.dataSource)) return;
    for (const [dataSource, name] of [
      [t.writer, 'writer'],
      [t.dataSource, 'app'],
    ] as const) {
      await dataSource.query('PRAGMA query_only = OFF');
      await dataSource.query('CREATE TEMP TABLE warm_probe (name TEXT)');
      await dataSource.query('INSERT INTO temp.warm_probe VALUES (?)', [name]);
    }
    await t.dataSource.query('PRAGMA query_only = ON');
  });
  afterAll(() => t.close());

  const answeredByWriter = async (): Promise<boolean> =>
    (await t.dataSource.query<{ name: string }[]>('SELECT name FROM temp.warm_probe'))[0].name ===
    'writer';
  const departments = async (): Promise<number> =>
    Number(
      (await t.dataSource.query<{ n: number }[]>('SELECT count(*) AS n FROM departments'))[0].n,
    );

  it('a read between transactions is answered by the writer’s connection', async () => {
    if (!isSqlite(t.dataSource)) return;
    expect(await answeredByWriter()).toBe(true);
  });

  it('while the writer has a transaction open, reads run apart and never see its rows', async () => {
    if (!isSqlite(t.dataSource)) return;
    const before = await departments();
    const runner = t.writer.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(
        `INSERT INTO departments (id, name, kind, created_at, updated_at)
         VALUES ('dddddddd-0000-4000-8000-000000000001', '未提交局', 'city-department',
                 '2025-07-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z')`,
      );
      expect(await answeredByWriter()).toBe(false);
      expect(await departments()).toBe(before);
    } finally {
      await runner.rollbackTransaction();
    }
    expect(await answeredByWriter()).toBe(true);
    expect(await departments()).toBe(before);
  });

  it('a PRAGMA reads the app’s own connection, which stays read-only', async () => {
    if (!isSqlite(t.dataSource)) return;
    const [row] = await t.dataSource.query<{ query_only: number }[]>('PRAGMA query_only');
    expect(row.query_only).toBe(1);
    await expect(
      t.dataSource.query(`UPDATE departments SET name = name WHERE id = 'none'`),
    ).rejects.toThrow(/readonly|read-only|query_only/i);
  });
});
