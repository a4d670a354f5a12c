import { idNumberFor, makeRegistration } from '../factories/registration.factory';
import {
  API,
  adminToken,
  allIds,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  OrgFixture,
  TestApp,
} from './harness';

/** 三(二)3: the center sees each department batch, files it or returns it with a reason. */
describe('department batches at the center (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgFixture;
  let unitA1: string;
  let unitA2: string;
  let deptA: string;
  let deptB: string;
  let batch: string;
  const id: Record<string, string> = {};

  const post = (token: string, path: string, body: object = {}) =>
    t.http().post(`${API}${path}`).set(bearer(token)).send(body);

  /** Registers, approves, publicizes; the caller moves the clock past the publicity. */
  async function prepare(token: string, people: [string, string, object?][]) {
    for (const [name, birth, extra] of people) {
      const body = makeRegistration({
        name,
        idNumber: idNumberFor(birth),
        birthMonth: `${birth.slice(0, 4)}-${birth.slice(4, 6)}`,
        ...extra,
      });
      id[name] = (await post(token, '/registrations', body).expect(201)).body.id as string;
    }
    const ids = people.map(([name]) => id[name]);
    await post(token, '/registrations/unit-review', {
      ids,
      decision: 'approve',
      conductAttested: true,
    }).expect(200);
    await post(token, '/publicities').expect(201);
    return ids;
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    unitA2 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA2 })).token;
    deptA = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    deptB = (await makeUser(t, admin, { role: 'department', departmentId: org.deptB })).token;
    const cert = {
      nationalCertificate: {
        level: 'technician',
        occupation: '汽车驾驶员',
        number: 'S2102000002',
        verified: true,
      },
    };
    const a1 = await prepare(unitA1, [
      ['张伟', '19680101'],
      ['安然', '19680202', cert],
      ['刘洋', '19680303', { targetLevel: 'senior', currentLevel: 'intermediate' }],
    ]);
    const a2 = await prepare(unitA2, [['周杰', '19690404']]);
    t.clock.set('2025-07-08T02:00:00Z');
    await post(unitA1, '/registrations/submit-to-department', { ids: a1 }).expect(200);
    await post(unitA2, '/registrations/submit-to-department', { ids: a2 }).expect(200);
    await post(deptA, '/registrations/department-review', {
      ids: [...a1, ...a2],
      decision: 'approve',
    }).expect(200);
    batch = (await post(deptA, '/department-batches').expect(201)).body.id as string;
  });
  afterAll(() => t.close());

  it('shows the center who is in a batch, per unit in pinyin order, with counts', async () => {
    const res = await t
      .http()
      .get(`${API}/department-batches/${batch}`)
      .set(bearer(admin))
      .expect(200);
    expect(res.body).toMatchObject({
      departmentName: '大连市教育局',
      count: 4,
      memberCount: 4,
      exemptReviewCount: 1,
      cancelledCount: 0,
      status: 'submitted',
      statusName: '已报送待备案',
      allowedActions: ['accept', 'return'],
    });
    expect(res.body.levels).toEqual([
      { level: 'junior', levelName: '初级工', count: 0 },
      { level: 'intermediate', levelName: '中级工', count: 0 },
      { level: 'senior', levelName: '高级工', count: 1 },
      { level: 'technician', levelName: '技师', count: 3 },
    ]);
    // 第二 (di er) before 第一 (di yi) by pinyin; code-point order would put 一 first.
    const units = res.body.units as { name: string; count: number; registrations: object[] }[];
    expect(units.map((u) => [u.name, u.count])).toEqual([
      ['大连市第二中学', 1],
      ['大连市第一中学', 3],
    ]);
    expect(units[1].registrations).toEqual([
      expect.objectContaining({ name: '刘洋', targetLevelName: '高级工' }),
      expect.objectContaining({ name: '安然', mode: 'exempt-review' }),
      expect.objectContaining({ name: '张伟', idNumber: expect.stringMatching(/^2102\*+/) }),
    ]);
  });

  it('lets the department see its own batch, not another department or a unit', async () => {
    const own = await t.http().get(`${API}/department-batches/${batch}`).set(bearer(deptA));
    expect(own.status).toBe(200);
    expect(own.body.allowedActions).toEqual([]);
    await t.http().get(`${API}/department-batches/${batch}`).set(bearer(deptB)).expect(404);
    await t.http().get(`${API}/department-batches/${batch}`).set(bearer(unitA1)).expect(403);
  });

  it('filters registrations by batch', async () => {
    expect((await allIds(t, admin, { batchId: batch })).sort()).toEqual(
      [id['张伟'], id['安然'], id['刘洋'], id['周杰']].sort(),
    );
    expect(await allIds(t, deptB, { batchId: batch })).toEqual([]);
  });

  it('returns a batch only with a reason, and only the center', async () => {
    await post(deptA, `/department-batches/${batch}/return`, { reason: '材料不全' }).expect(403);
    const noReason = await post(admin, `/department-batches/${batch}/return`).expect(400);
    expect(noReason.body.details[0].field).toBe('reason');
    await post(admin, `/department-batches/${batch}/return`, { reason: '' }).expect(400);
  });

  it('returns a batch to its department: registrations back in re-review, audited', async () => {
    const res = await post(admin, `/department-batches/${batch}/return`, {
      reason: '刘洋证书复印件不清',
    }).expect(200);
    expect(res.body).toMatchObject({
      status: 'returned',
      statusName: '中心已退回',
      returnReason: '刘洋证书复印件不清',
      allowedActions: [],
    });
    const r = await t.http().get(`${API}/registrations/${id['刘洋']}`).set(bearer(deptA));
    expect(r.body).toMatchObject({
      status: 'submitted',
      statusReason: '中心退回：刘洋证书复印件不清',
      allowedActions: ['department-approve', 'department-return'],
    });
    const audit = await t.http().get(`${API}/audit`).query({ entityId: batch }).set(bearer(admin));
    expect(audit.body.items[0]).toMatchObject({
      action: 'batch.return',
      before: { status: 'submitted' },
      after: { status: 'returned', reason: '刘洋证书复印件不清', registrations: 4 },
    });
    const history = await t
      .http()
      .get(`${API}/registrations/${id['刘洋']}/history`)
      .set(bearer(unitA1));
    expect(history.body.items[0]).toMatchObject({ action: 'registration.center-return' });
  });

  it('answers an illegal batch step with 409 naming its state and what it allows', async () => {
    const again = await post(admin, `/department-batches/${batch}/return`, {
      reason: '再次退回',
    }).expect(409);
    expect(again.body).toMatchObject({
      code: 'ILLEGAL_STATE_TRANSITION',
      message: '报送批次当前状态为“中心已退回”，不能退回主管部门；此状态不能再办理任何操作',
      details: [{ field: 'status', code: 'CURRENT_STATUS', message: '中心已退回' }],
    });
    await post(admin, `/department-batches/${batch}/accept`).expect(409);
  });

  it('lets the department fix and report again, in a new batch the center files', async () => {
    await post(deptA, '/registrations/department-review', {
      ids: [id['刘洋']],
      decision: 'return',
      reason: '请补充清晰的证书复印件',
    }).expect(200);
    await post(deptA, '/registrations/department-review', {
      ids: [id['张伟'], id['安然'], id['周杰']],
      decision: 'approve',
    }).expect(200);
    t.clock.set('2025-07-09T02:00:00Z');
    const next = await post(deptA, '/department-batches').expect(201);
    expect(next.body).toMatchObject({ count: 3, status: 'submitted' });
    const old = await t.http().get(`${API}/department-batches/${batch}`).set(bearer(admin));
    expect(old.body).toMatchObject({ count: 4, memberCount: 1, status: 'returned' });
    const filed = await post(admin, `/department-batches/${next.body.id}/accept`).expect(200);
    expect(filed.body).toMatchObject({ count: 3, status: '中心已备案' });
    const twice = await post(admin, `/department-batches/${next.body.id}/return`, {
      reason: '已备案后退回',
    }).expect(409);
    expect(twice.body.message).toContain('“中心已备案”');
    const list = await t.http().get(`${API}/department-batches`).set(bearer(admin)).expect(200);
    expect(list.body.items.map((b: { status: string }) => b.status)).toEqual([
      'accepted',
      'returned',
    ]);
  });
});
