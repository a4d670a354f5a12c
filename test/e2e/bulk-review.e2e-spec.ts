import { idNumberFor, makeRegistration } from '../factories/registration.factory';
import {
  API,
  adminToken,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  OrgFixture,
  TestApp,
} from './harness';

/**
 * Issue 12: each review step moves a whole list in a few statements. Whatever the list mixes
 * (states, publicities, units), a refusal refuses all of it and writes nothing.
 */
describe('bulk review steps: all or nothing (e2e)', () => {
  let t: TestApp;
  let org: OrgFixture;
  let unitA1: string;
  let unitB1: string;
  let deptA: string;
  let born = 0;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    const admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    unitB1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitB1 })).token;
    deptA = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
  });
  afterAll(() => t.close());

  const post = (token: string, path: string, body: object = {}) =>
    t.http().post(`${API}${path}`).set(bearer(token)).send(body);

  async function registerMany(token: string, names: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const name of names) {
      const b = new Date(Date.UTC(1972, 0, 1 + born++))
        .toISOString()
        .slice(0, 10)
        .replace(/-/g, '');
      const body = makeRegistration({
        name,
        idNumber: idNumberFor(b),
        birthMonth: `${b.slice(0, 4)}-${b.slice(4, 6)}`,
      });
      ids.push((await post(token, '/registrations', body).expect(201)).body.id);
    }
    return ids;
  }

  /** Every registration's state and version, and the audit trail's length. */
  async function written() {
    const rows = await t.dataSource.query(
      'SELECT "id", "status", "version", "updated_at", "publicity_id" FROM "registrations" ORDER BY "id"',
    );
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS "n" FROM "audit_log"');
    return { rows, audit: Number(n) };
  }

  const approve = (token: string, ids: string[]) =>
    post(token, '/registrations/unit-review', { ids, decision: 'approve', conductAttested: true });

  it('refuses a list mixing states as a whole, naming only the rows that cannot move', async () => {
    const ids = await registerMany(unitA1, ['赵甲', '赵乙', '赵丙']);
    await approve(unitA1, [ids[2]]).expect(200);
    const before = await written();
    const res = await approve(unitA1, ids).expect(409);
    expect(res.body).toMatchObject({
      code: 'ILLEGAL_STATE_TRANSITION',
      message: '1 条报名不能执行此操作，未做任何更改',
      details: [{ field: ids[2], code: 'unit-approved' }],
    });
    expect(await written()).toEqual(before);
  });

  it('answers 404 for a list with one registration of another unit, writing only the denial', async () => {
    const own = await registerMany(unitA1, ['钱甲', '钱乙']);
    const [other] = await registerMany(unitB1, ['钱丙']);
    const before = await written();
    const res = await approve(unitA1, [...own, other]).expect(404);
    expect(res.body.code).toBe('REGISTRATION_NOT_FOUND');
    const after = await written();
    expect(after.rows).toEqual(before.rows);
    expect(after.audit).toBe(before.audit + 1);
    const [last] = await t.dataSource.query(
      'SELECT "action", "outcome" FROM "audit_log" ORDER BY "id" DESC LIMIT 1',
    );
    expect(last).toEqual({ action: 'access.denied', outcome: 'denied' });
  });

  it('refuses a department review of a list mixing reported and unreported registrations', async () => {
    const ids = await registerMany(unitA1, ['孙甲', '孙乙']);
    await approve(unitA1, ids).expect(200);
    await post(unitA1, '/publicities', { registrationIds: [ids[0]] }).expect(201);
    t.clock.set('2025-07-08T02:00:00Z');
    try {
      await post(unitA1, '/registrations/submit-to-department', { ids: [ids[0]] }).expect(200);
      const before = await written();
      const res = await post(deptA, '/registrations/department-review', {
        ids,
        decision: 'approve',
      }).expect(409);
      expect(res.body.details).toEqual([
        expect.objectContaining({ field: ids[1], code: 'unit-approved' }),
      ]);
      expect(await written()).toEqual(before);
    } finally {
      t.clock.set('2025-07-01T02:00:00Z');
    }
  });

  it('refuses a submission mixing an ended and a running publicity, naming only the running one', async () => {
    const ids = await registerMany(unitA1, ['李甲', '李乙']);
    await approve(unitA1, ids).expect(200);
    await post(unitA1, '/publicities', { registrationIds: [ids[0]] }).expect(201); // ends 07-07
    t.clock.set('2025-07-08T02:00:00Z');
    try {
      await post(unitA1, '/publicities', { registrationIds: [ids[1]] }).expect(201); // ends 07-14
      const before = await written();
      const res = await post(unitA1, '/registrations/submit-to-department', { ids }).expect(409);
      expect(res.body.code).toBe('PUBLICITY_NOT_ENDED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([ids[1]]);
      expect(await written()).toEqual(before);
    } finally {
      t.clock.set('2025-07-01T02:00:00Z');
    }
  });

  it('audits every row of a list spanning several audit statements, once each, chain intact', async () => {
    const ids = await registerMany(
      unitA1,
      Array.from(
        { length: 70 },
        (_, i) => `周${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'一二三四五六七'[Math.floor(i / 10)]}`,
      ),
    );
    const before = await written();
    await approve(unitA1, ids).expect(200);
    const rows: { entity_id: string; before: string; after: string }[] = await t.dataSource.query(
      'SELECT "entity_id", "before", "after" FROM "audit_log" WHERE "action" = \'registration.unit-approve\' ORDER BY "id" DESC LIMIT 70',
    );
    expect(rows.map((r) => r.entity_id).sort()).toEqual([...ids].sort());
    expect(new Set(rows.map((r) => `${r.before} ${r.after}`))).toEqual(
      new Set(['{"status":"registered"} {"status":"unit-approved"}']),
    );
    expect((await written()).audit).toBe(before.audit + 70);
    const admin = await adminToken(t);
    const verify = await t.http().get(`${API}/audit/verify`).set(bearer(admin)).expect(200);
    expect(verify.body.intact).toBe(true);
  });
});
