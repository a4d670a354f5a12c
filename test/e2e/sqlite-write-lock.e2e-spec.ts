import { isSqlite } from '../../src/database/data-source-options';
import { API, adminToken, bearer, createTestApp, TestApp } from './harness';
import { holdWriteLock } from './sqlite-process';

/**
 * The SQLite driver is synchronous: a statement that waited for a lock would
 * hold the event loop, and every request with it. These check that nothing
 * does (_SQLite_).
 */
describe('SQLite locks never stall the service (e2e, SQLite)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  const createDepartment = (name: string) =>
    t.http().post(`${API}/departments`).set(bearer(admin)).send({ name, kind: 'city-department' });
  const departmentNames = async () =>
    (
      (await t.http().get(`${API}/departments?pageSize=100`).set(bearer(admin)).expect(200)).body
        .items as { name: string }[]
    ).map((d) => d.name);

  it('answers reads while another process holds the write lock, and the waiting write commits after', async () => {
    if (!isSqlite(t.dataSource)) return;
    const holder = await holdWriteLock(t.dbPath);
    let settled = false;
    const write = createDepartment('锁等待局').then((res) => {
      settled = true;
      return res;
    });
    try {
      // The write waits for the lock; reads go on meanwhile, each in well under the 5 s wait.
      for (let i = 0; i < 3; i++) {
        const started = Date.now();
        expect(await departmentNames()).not.toContain('锁等待局');
        expect(Date.now() - started).toBeLessThan(2000);
      }
      expect(settled).toBe(false);
    } finally {
      await holder.release();
    }
    expect((await write).status).toBe(201);
    expect(await departmentNames()).toContain('锁等待局');
  });

  it('answers 503 DATABASE_BUSY when the lock stays taken past the wait, then writes again once it is free', async () => {
    if (!isSqlite(t.dataSource)) return;
    const holder = await holdWriteLock(t.dbPath);
    try {
      const res = await createDepartment('锁超时局');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({
        statusCode: 503,
        code: 'DATABASE_BUSY',
        message: expect.stringMatching(/请稍后重试/),
        details: [],
      });
    } finally {
      await holder.release();
    }
    await createDepartment('锁超时局').expect(201);
    expect(await departmentNames()).toContain('锁超时局');
  });

  it('keeps the app’s own connection read-only: a write there fails at once instead of waiting', async () => {
    if (!isSqlite(t.dataSource)) return;
    await expect(t.dataSource.query(`UPDATE "departments" SET "name" = "name"`)).rejects.toThrow(
      /readonly/,
    );
    await expect(t.writer.query(`UPDATE "departments" SET "name" = "name"`)).resolves.toBeDefined();
  });
});
