import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupSqlite, BackupReport, checkSqlite } from '../../src/database/backup';
import { runBackup } from '../../src/database/backup.cli';
import { API, adminToken, bearer, createTestApp, TestApp } from './harness';

const sqliteOnly = process.env.TEST_DATABASE_URL ? describe.skip : describe;

/** Security-checklist #48: a backup taken while the service runs, and a restore drill. */
sqliteOnly('online backup and restore (e2e, SQLite)', () => {
  let t: TestApp;
  let restored: TestApp | undefined;
  let admin: string;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'exam-backup-'));
    t = await createTestApp();
    admin = await adminToken(t);
  });
  afterAll(async () => {
    await restored?.close();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const createDepartments = (prefix: string, n: number) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        t
          .http()
          .post(`${API}/departments`)
          .set(bearer(admin))
          .send({ name: `${prefix}${i}`, kind: 'city-department' })
          .expect(201),
      ),
    );
  const auditCount = async () =>
    Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM audit_log'))[0].n);

  /** `npm run backup -- <file>` as the CLI runs it, with the app's environment. */
  function backupCommand(target: string): { code: number; report?: BackupReport } {
    const lines: string[] = [];
    const code = runBackup(
      [target],
      { NODE_ENV: 'test', DB_PATH: t.dbPath },
      {
        log: (l) => lines.push(l),
        error: (l) => lines.push(l),
      },
    );
    return { code, report: code === 0 ? (JSON.parse(lines[0]) as BackupReport) : undefined };
  }

  it('backs up a consistent snapshot while writes are in flight', async () => {
    await createDepartments('备份前部门', 5);
    const before = await auditCount();
    const writes = createDepartments('备份中部门', 20);
    // Some of the writes have committed, most have not.
    while ((await auditCount()) === before) await new Promise((resolve) => setTimeout(resolve, 1));
    const { code, report } = backupCommand(join(dir, 'during.sqlite'));
    await writes;
    expect(code).toBe(0);
    expect(report!.integrity).toBe('ok');
    expect(report!.tables.audit_log).toBeGreaterThan(before);
    expect(report!.tables.audit_log).toBeLessThanOrEqual(await auditCount());
    expect(checkSqlite(join(dir, 'during.sqlite')).tables).toEqual(report!.tables);
  });

  it('copies every table row for row when nothing is being written, readable by the owner only', () => {
    const report = backupSqlite(t.dbPath, join(dir, 'quiet.sqlite'));
    expect(report.tables).toEqual(checkSqlite(t.dbPath).tables);
    expect(statSync(join(dir, 'quiet.sqlite')).mode & 0o077).toBe(0);
    expect(Object.keys(report.tables)).toEqual(
      expect.arrayContaining(['audit_log', 'app_settings', 'accounts', 'departments']),
    );
  });

  it('refuses to overwrite a file and explains its usage', () => {
    expect(backupCommand(join(dir, 'quiet.sqlite')).code).toBe(1);
    const lines: string[] = [];
    const code = runBackup(
      [],
      { DB_PATH: t.dbPath },
      {
        log: (l) => lines.push(l),
        error: (l) => lines.push(l),
      },
    );
    expect([code, lines]).toEqual([2, ['用法：npm run backup -- <备份文件路径>']]);
  });

  it('restores into a fresh instance: it starts, its audit chain verifies with the key, and the row counts match', async () => {
    const report = backupSqlite(t.dbPath, join(dir, 'drill.sqlite'));
    // The documented restore: the backup file becomes DB_PATH; the key directory stays the same.
    const restoredPath = join(dir, 'restored', 'exam.sqlite');
    mkdirSync(join(dir, 'restored'));
    copyFileSync(join(dir, 'drill.sqlite'), restoredPath);
    restored = await createTestApp({ DB_PATH: restoredPath, KEY_DIR: t.keyDir });
    for (const [table, n] of Object.entries(report.tables)) {
      const [row] = await restored.dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`);
      expect([table, Number(row.n)]).toEqual([table, n]);
    }
    const token = await adminToken(restored);
    const verify = await restored.http().get(`${API}/audit/verify`).set(bearer(token)).expect(200);
    expect(verify.body).toMatchObject({ intact: true, problem: null });
    expect(verify.body.checked).toBe(report.tables.audit_log + 1); // + this sign-in
    const names = await restored
      .http()
      .get(`${API}/departments`)
      .query({ pageSize: 100 })
      .set(bearer(token));
    expect(names.body.total).toBe(report.tables.departments);
  });

  it('will not start from the backup without the master key', async () => {
    copyFileSync(join(dir, 'quiet.sqlite'), join(dir, 'keyless.sqlite'));
    await expect(
      createTestApp({ DB_PATH: join(dir, 'keyless.sqlite'), KEY_DIR: join(dir, 'no-keys') }),
    ).rejects.toThrow(/主密钥.*与数据库不匹配/);
  });
});
