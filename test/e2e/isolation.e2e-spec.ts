import { writeSummaryWorkbook } from '../../src/modules/documents/excel/summary-workbook';
import { DAILY_FOREIGN_DUPLICATES } from '../../src/modules/registrations/domain/duplicate-probes';
import { pngImage } from '../factories/files.factory';
import { makeRegistration } from '../factories/registration.factory';
import { summaryRows } from '../factories/summary.factory';
import {
  adminToken,
  API,
  bearer,
  binary,
  createTestApp,
  makeOrganizations,
  makeUser,
  startInstance,
  TestApp,
} from './harness';

/**
 * Reads never see uncommitted data, and a rollback never takes another
 * request's write with it (issue 8, finding 2): on SQLite, write transactions
 * run on their own connection, reads on another.
 */
describe('read isolation from uncommitted writes (e2e, SQLite and PostgreSQL)', () => {
  let t: TestApp;
  let admin: string;
  let unit: string;
  let dept: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    const org = await makeOrganizations(t, admin);
    unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    dept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
  });
  afterAll(() => t.close());

  const count = async (): Promise<number> =>
    (
      await t
        .http()
        .get(`${API}/registrations`)
        .query({ pageSize: 1 })
        .set(bearer(dept))
        .expect(200)
    ).body.total;

  it('a department polling its list during a 3,000-row import sees 0 or 3,000, never a part', async () => {
    const file = await writeSummaryWorkbook(summaryRows(3000), {
      title: '申报汇总表',
      departmentName: '大连市教育局',
    });
    let done = false;
    const importing = t
      .http()
      .post(`${API}/registrations/import`)
      .set(bearer(unit))
      .attach('file', file, '附件2.xlsx')
      .then((res) => {
        done = true;
        return res;
      });
    const seen: number[] = [];
    while (!done) {
      seen.push(await count());
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await importing).status).toBe(201);
    seen.push(await count());
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.filter((n) => n !== 0 && n !== 3000)).toEqual([]);
    expect(seen.at(-1)).toBe(3000);
  });

  it('a secret created while another transaction is open survives that transaction’s rollback', async () => {
    const { SettingsService } = await import('../../src/database/settings.service');
    const { UnitOfWork } = await import('../../src/database/unit-of-work');
    const settings = t.app.get(SettingsService);
    const uow = t.app.get(UnitOfWork);
    let release!: () => void;
    let opened!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const open = new Promise<void>((r) => (opened = r));
    const failing = uow.run(async (em) => {
      await em.query(`INSERT INTO "app_settings" ("key", "value") VALUES ('rolled-back', 'x')`);
      opened();
      await gate;
      throw new Error('boom');
    });
    await open;
    const secret = settings.secret('isolation-test-secret');
    await new Promise((r) => setTimeout(r, 50));
    release();
    await expect(failing).rejects.toThrow('boom');
    const value = await secret;
    const rows: { key: string; value: string }[] = await t.dataSource.query(
      `SELECT "key", "value" FROM "app_settings" WHERE "key" IN ('isolation-test-secret', 'rolled-back')`,
    );
    expect(rows.map((r) => r.key)).toEqual(['isolation-test-secret']);
    expect(await t.app.get(SettingsService).secret('isolation-test-secret')).toBe(value);
  });
});

describe('overlapping imports that share people (e2e, same answer on SQLite and PostgreSQL)', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('commits one file whole and refuses the other with a row error per shared person, never a 500', async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    const admin = await adminToken(t);
    const org = await makeOrganizations(t, admin);
    const unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    const unitA2 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA2 })).token;
    // 20 people shared, the most one unit may find registered elsewhere in a day
    // (DAILY_FOREIGN_DUPLICATES): whether the second file is checked before the first commits
    // (caught in its write transaction) or after (caught by its first check), the answer is
    // the same 422 with one row error per shared person.
    const people = summaryRows(420);
    const meta = { title: '申报汇总表', departmentName: '大连市教育局' };
    const [a, b] = await Promise.all([
      writeSummaryWorkbook(people.slice(0, 220), meta),
      writeSummaryWorkbook(people.slice(200, 420), meta),
    ]);
    const upload = (token: string, file: Buffer) =>
      t
        .http()
        .post(`${API}/registrations/import`)
        .set(bearer(token))
        .attach('file', file, '附件2.xlsx');
    const results = await Promise.all([upload(unitA1, a), upload(unitA2, b)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
    const refused = results.find((r) => r.status === 422)!;
    expect(refused.body.code).toBe('IMPORT_INVALID');
    expect(refused.body.details).toHaveLength(DAILY_FOREIGN_DUPLICATES);
    expect(refused.body.details[0]).toMatchObject({ code: 'PERSON_ALREADY_REGISTERED' });
    const total = await t
      .http()
      .get(`${API}/registrations`)
      .query({ pageSize: 1 })
      .set(bearer(admin))
      .expect(200);
    expect(total.body.total).toBe(220);
  });
});

describe('two instances of the service on one database (e2e; the scale-up is PostgreSQL)', () => {
  let a: TestApp;
  let b: TestApp;
  let unit: string;
  let id: string;

  beforeAll(async () => {
    a = await createTestApp();
    a.clock.set('2025-07-01T02:00:00Z');
    b = await startInstance(a);
    const admin = await adminToken(a);
    const org = await makeOrganizations(a, admin);
    unit = (await makeUser(a, admin, { role: 'unit', unitId: org.unitA1 })).token;
    id = (
      await a
        .http()
        .post(`${API}/registrations`)
        .set(bearer(unit))
        .send(makeRegistration())
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('reaches a file uploaded through the other instance (files are not one node’s state)', async () => {
    const photo = pngImage(295, 413);
    await a
      .http()
      .post(`${API}/registrations/${id}/photo`)
      .set(bearer(unit))
      .attach('file', photo, 'photo.png')
      .expect(201);
    const res = await b
      .http()
      .get(`${API}/registrations/${id}/photo`)
      .set(bearer(unit))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((res.body as Buffer).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('loses no update when both instances correct one registration at once: one wins, one 409', async () => {
    const { version } = (
      await a.http().get(`${API}/registrations/${id}`).set(bearer(unit)).expect(200)
    ).body;
    const [x, y] = await Promise.all([
      a
        .http()
        .patch(`${API}/registrations/${id}`)
        .set(bearer(unit))
        .send({ version, phone: '13800000001' }),
      b
        .http()
        .patch(`${API}/registrations/${id}`)
        .set(bearer(unit))
        .send({ version, phone: '13800000002' }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const winner = x.status === 200 ? '13800000001' : '13800000002';
    const now = (await b.http().get(`${API}/registrations/${id}`).set(bearer(unit)).expect(200))
      .body;
    expect(now).toMatchObject({ phone: winner, version: version + 1 });
  });
});
