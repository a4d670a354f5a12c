import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditService } from '../../src/modules/audit/audit.service';
import { GENESIS_HASH, keyedHash } from '../../src/modules/audit/domain/audit-hash';
import { API, adminToken, bearer, createTestApp, TestApp } from './harness';
import {
  auditRows,
  legacyRow,
  makeLegacyDatabase,
  rehashWithoutKey,
  sql,
  unlockAuditTable,
} from './tamper';

const sqliteOnly = process.env.TEST_DATABASE_URL ? describe.skip : describe;

/** Security-checklist #37: an audit trail that a copy of the database cannot rewrite unseen. */
describe('audit trail: keyed chain, signed head, retention (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let open: TestApp | undefined;
  const closeApp = async () => {
    await open?.close();
    open = undefined;
  };

  /** A fresh service with a few audited changes. */
  async function fresh(): Promise<void> {
    t = open = await createTestApp();
    admin = await adminToken(t);
    for (const name of ['审计测试局甲', '审计测试局乙', '审计测试局丙']) {
      await t
        .http()
        .post(`${API}/departments`)
        .set(bearer(admin))
        .send({ name, kind: 'city-department' })
        .expect(201);
    }
  }
  afterEach(closeApp);

  const verify = async () =>
    (await t.http().get(`${API}/audit/verify`).set(bearer(admin)).expect(200)).body;
  const lastId = async () => (await auditRows(t.writer)).at(-1)!.id;
  const departmentRow = async () =>
    (await auditRows(t.writer)).find((r) => r.action === 'department.create')!;

  it('writes keyed rows and a head naming the last one', async () => {
    await fresh();
    const versions = await sql(t.writer, 'SELECT DISTINCT hash_version AS v FROM audit_log');
    expect(versions.map((r) => Number(r.v))).toEqual([2]);
    expect(await verify()).toEqual({
      intact: true,
      checked: (await auditRows(t.writer)).length,
      firstBrokenId: null,
      problem: null,
      headId: await lastId(),
      message: expect.stringContaining('审计日志完整'),
    });
  });

  it('detects an edited row even when the whole chain is re-hashed the old, unkeyed way', async () => {
    await fresh();
    await unlockAuditTable(t.writer);
    const target = await departmentRow();
    await sql(t.writer, `UPDATE audit_log SET after = ? WHERE id = ?`, [
      '{"name":"篡改"}',
      target.id,
    ]);
    await rehashWithoutKey(t.writer);
    expect(await verify()).toMatchObject({ intact: false, problem: 'HEAD_MISMATCH' });
  });

  it('detects an edited row re-hashed from there on with a guessed key', async () => {
    await fresh();
    await unlockAuditTable(t.writer);
    const rows = await auditRows(t.writer);
    const target = await departmentRow();
    const guess = randomBytes(32);
    let prev = rows[rows.findIndex((r) => r.id === target.id) - 1]?.hash ?? GENESIS_HASH;
    for (const r of rows.filter((x) => x.id >= target.id)) {
      const edited = r.id === target.id ? { ...r, after: '{"name":"篡改"}' } : r;
      const hash = keyedHash(guess, prev, edited);
      await sql(t.writer, 'UPDATE audit_log SET after = ?, prev_hash = ?, hash = ? WHERE id = ?', [
        edited.after,
        prev,
        hash,
        r.id,
      ]);
      prev = hash;
    }
    expect(await verify()).toMatchObject({
      intact: false,
      problem: 'ROW_TAMPERED',
      firstBrokenId: target.id,
    });
  });

  it('detects rows deleted from the end, and a head moved to the new end without the key', async () => {
    await fresh();
    const end = await lastId();
    await unlockAuditTable(t.writer);
    await sql(t.writer, 'DELETE FROM audit_log WHERE id > ?', [end - 2]);
    expect(await verify()).toMatchObject({
      intact: false,
      problem: 'TAIL_MISSING',
      headId: end,
      message: `审计日志末尾记录被删除：链头为第 ${end} 条，现存最后一条为第 ${end - 2} 条`,
    });
    const newEnd = (await auditRows(t.writer)).at(-1)!;
    const forged = JSON.stringify({ id: newEnd.id, hash: newEnd.hash, mac: 'ab'.repeat(32) });
    await sql(t.writer, `UPDATE app_settings SET value = ? WHERE key = 'audit_head'`, [forged]);
    expect(await verify()).toMatchObject({ intact: false, problem: 'HEAD_INVALID' });
  });

  it('detects a deleted head, and does not take the chain over again at the next start', async () => {
    await fresh();
    await sql(t.writer, `DELETE FROM app_settings WHERE key = 'audit_head'`);
    await t.app.get(AuditService).onModuleInit();
    expect(await verify()).toMatchObject({ intact: false, problem: 'HEAD_MISSING' });
  });

  it('keeps every audit row: months later, nothing has been removed', async () => {
    await fresh();
    const before = await auditRows(t.writer);
    t.clock.set('2026-03-01T02:00:00Z');
    await t
      .http()
      .post(`${API}/departments`)
      .set(bearer(await adminToken(t)))
      .send({ name: '半年后新建局', kind: 'city-department' })
      .expect(201);
    const after = await auditRows(t.writer);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
  });

  sqliteOnly('upgrade from the unkeyed chain (SQLite)', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'exam-legacy-'))));
    afterEach(async () => {
      await closeApp();
      rmSync(dir, { recursive: true, force: true });
    });

    it('still verifies the old rows, takes them over once, and keys every new row', async () => {
      const dbPath = join(dir, 'exam.sqlite');
      await makeLegacyDatabase(dbPath, [1, 2, 3].map(legacyRow), {});
      t = open = await createTestApp({ DB_PATH: dbPath, KEY_DIR: join(dir, 'keys') });
      admin = await adminToken(t);
      const rows = await sql(
        t.writer,
        'SELECT id, action, hash_version, after FROM audit_log ORDER BY id',
      );
      expect(rows.slice(0, 4).map((r) => [Number(r.id), Number(r.hash_version)])).toEqual([
        [1, 1],
        [2, 1],
        [3, 1],
        [4, 2],
      ]);
      expect(rows[3]).toMatchObject({ action: 'audit.chain-keyed' });
      expect(JSON.parse(rows[3].after as string)).toEqual({ legacyRows: 3, lastLegacyId: 3 });
      expect(rows.slice(4).every((r) => Number(r.hash_version) === 2)).toBe(true);
      expect(await verify()).toMatchObject({ intact: true, problem: null });

      // An old row edited and the old part re-hashed: the first keyed row no longer links to it.
      await unlockAuditTable(t.writer);
      await sql(t.writer, `UPDATE audit_log SET after = '{"name":"篡改"}' WHERE id = 2`);
      await rehashWithoutKey(t.writer, 3);
      expect(await verify()).toMatchObject({
        intact: false,
        problem: 'ROW_TAMPERED',
        firstBrokenId: 4,
      });
    });
  });
});
