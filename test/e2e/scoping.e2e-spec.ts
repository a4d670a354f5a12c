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

/** security-checklist #1–#5: organization scoping answers 404, never the record. */
describe('organization scoping (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgFixture;
  let deptA: string;
  let unitA1: string;
  let grader: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    deptA = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    grader = (await makeUser(t, admin, { role: 'grader' })).token;
  });
  afterAll(() => t.close());

  it('lets a department user read its own department and units', async () => {
    await t.http().get(`${API}/departments/${org.deptA}`).set(bearer(deptA)).expect(200);
    await t.http().get(`${API}/units/${org.unitA2}`).set(bearer(deptA)).expect(200);
    const list = await t.http().get(`${API}/units`).set(bearer(deptA)).expect(200);
    expect(list.body.items.map((u: { id: string }) => u.id).sort()).toEqual(
      [org.unitA1, org.unitA2].sort(),
    );
  });

  it("answers 404 when a department user asks for another department's unit or the department itself", async () => {
    const unit = await t.http().get(`${API}/units/${org.unitB1}`).set(bearer(deptA));
    expect(unit.status).toBe(404);
    expect(unit.body).toMatchObject({ statusCode: 404, code: 'UNIT_NOT_FOUND' });
    expect(JSON.stringify(unit.body)).not.toContain('中心医院');
    await t.http().get(`${API}/departments/${org.deptB}`).set(bearer(deptA)).expect(404);
  });

  it('ignores a department filter pointing at another department', async () => {
    const res = await t
      .http()
      .get(`${API}/units?departmentId=${org.deptB}`)
      .set(bearer(deptA))
      .expect(200);
    expect(res.body).toMatchObject({ items: [], total: 0 });
  });

  it('keeps a unit user to its own unit, not its sibling', async () => {
    await t.http().get(`${API}/units/${org.unitA1}`).set(bearer(unitA1)).expect(200);
    await t.http().get(`${API}/units/${org.unitA2}`).set(bearer(unitA1)).expect(404);
    const list = await t
      .http()
      .get(`${API}/units?departmentId=${org.deptA}`)
      .set(bearer(unitA1))
      .expect(200);
    expect(list.body.items.map((u: { id: string }) => u.id)).toEqual([org.unitA1]);
    const depts = await t.http().get(`${API}/departments`).set(bearer(unitA1)).expect(200);
    expect(depts.body.items.map((d: { id: string }) => d.id)).toEqual([org.deptA]);
  });

  it('shows a grader no organization records', async () => {
    const res = await t.http().get(`${API}/units`).set(bearer(grader)).expect(200);
    expect(res.body.total).toBe(0);
    await t.http().get(`${API}/units/${org.unitA1}`).set(bearer(grader)).expect(404);
  });

  it('writes every denied attempt to the audit trail', async () => {
    const before = (
      await t.http().get(`${API}/audit`).query({ action: 'access.denied' }).set(bearer(admin))
    ).body.total as number;
    await t.http().get(`${API}/units/${org.unitB1}`).set(bearer(deptA)).expect(404);
    await t.http().get(`${API}/accounts`).set(bearer(grader)).expect(403);
    const res = await t
      .http()
      .get(`${API}/audit`)
      .query({ action: 'access.denied' })
      .set(bearer(admin));
    expect(res.body.total).toBe(before + 2);
    expect(res.body.items[0]).toMatchObject({
      outcome: 'denied',
      actorRole: 'grader',
      after: { method: 'GET', code: 'ROLE_FORBIDDEN' },
    });
    expect(res.body.items[1]).toMatchObject({
      actorRole: 'department',
      after: { path: `${API}/units/${org.unitB1}`, code: 'UNIT_NOT_FOUND' },
    });
  });

  it('enumerating ids finds only the own records', async () => {
    const ids = [org.unitA1, org.unitA2, org.unitB1];
    const codes = await Promise.all(
      ids.map(async (id) => (await t.http().get(`${API}/units/${id}`).set(bearer(deptA))).status),
    );
    expect(codes).toEqual([200, 200, 404]);
  });

  it.each(['undefined', 'null', '1', '%00'])(
    'answers 400 for the id %s, never a record',
    async (id) => {
      const res = await t.http().get(`${API}/units/${id}`).set(bearer(deptA));
      expect(res.status).toBe(400);
      expect(res.body.details[0]).toMatchObject({ field: 'id' });
    },
  );

  it('refuses writes to organizations by department and unit users (403) and leaves data unchanged', async () => {
    for (const token of [deptA, unitA1, grader]) {
      await t
        .http()
        .patch(`${API}/units/${org.unitB1}`)
        .set(bearer(token))
        .send({ name: '改名' })
        .expect(403);
      await t
        .http()
        .post(`${API}/departments`)
        .set(bearer(token))
        .send({ name: 'X', kind: 'hitech' })
        .expect(403);
    }
    const b1 = await t.http().get(`${API}/units/${org.unitB1}`).set(bearer(admin)).expect(200);
    expect(b1.body.name).toBe('大连市中心医院');
  });

  it.each([
    ['GET', '/accounts'],
    ['POST', '/accounts'],
    ['GET', '/audit'],
    ['POST', '/exam-sessions'],
    ['PUT', '/calendar/overrides/2025-07-01'],
  ])('refuses a grader on the admin route %s %s (403)', async (method, path) => {
    const res = await t
      .http()
      [method.toLowerCase() as 'get'](`${API}${path}`)
      .set(bearer(grader))
      .send({});
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('ROLE_FORBIDDEN');
  });
});
