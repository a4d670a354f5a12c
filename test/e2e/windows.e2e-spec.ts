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
 * Each caller's own registration and ticket-printing windows, the center's extension for its
 * department counted: what the console shows a department or unit before it tries.
 */
describe("the caller's windows (e2e)", () => {
  let t: TestApp;
  let admin: string;
  let org: OrgFixture;
  let unitA: string;
  let deptA: string;
  let deptB: string;

  beforeAll(async () => {
    t = await createTestApp({}, '2025-07-28T02:00:00Z');
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    unitA = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    deptA = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    deptB = (await makeUser(t, admin, { role: 'department', departmentId: org.deptB })).token;
  });
  afterAll(() => t.close());

  const get = (path: string, token: string) =>
    t.http().get(`${API}${path}`).set(bearer(token)).expect(200);

  it('shows the registration window, then a department its extension (补报) and no one else', async () => {
    const closed = {
      examYear: 2025,
      start: '2025-06-27',
      end: '2025-07-25',
      extended: false,
      open: false,
      message: '报名已结束，报名时间为 2025-06-27 至 2025-07-25',
    };
    expect((await get('/registration-window', unitA)).body).toEqual(closed);
    await t
      .http()
      .put(`${API}/registration-extensions/${org.deptA}`)
      .set(bearer(admin))
      .send({ untilDate: '2025-07-30', reason: '补报' })
      .expect(200);
    const extended = {
      ...closed,
      end: '2025-07-30',
      extended: true,
      open: true,
      message: '报名时间为 2025-06-27 至 2025-07-30（已延期）',
    };
    expect((await get('/registration-window', unitA)).body).toEqual(extended);
    expect((await get('/registration-window', deptA)).body).toEqual(extended);
    expect((await get('/registration-window', deptB)).body).toEqual(closed);
    expect((await get('/registration-window', admin)).body).toEqual(closed);
  });

  it('shows the printing days before they open, then a department its earlier window', async () => {
    const before = {
      examYear: 2025,
      start: '2025-08-18',
      end: '2025-08-20',
      extended: false,
      open: false,
      message: '准考证打印时间为 2025-08-18 至 2025-08-20（北京时间）',
    };
    expect((await get('/ticket-print-window', deptA)).body).toEqual(before);
    await t
      .http()
      .put(`${API}/ticket-print-windows/${org.deptA}`)
      .set(bearer(admin))
      .send({ startDate: '2025-07-27', endDate: '2025-08-20', reason: '提前考试' })
      .expect(200);
    const earlier = {
      ...before,
      start: '2025-07-27',
      extended: true,
      open: true,
      message: '准考证打印时间为 2025-07-27 至 2025-08-20（北京时间）',
    };
    expect((await get('/ticket-print-window', deptA)).body).toEqual(earlier);
    expect((await get('/ticket-print-window', unitA)).body).toEqual(earlier);
    expect((await get('/ticket-print-window', deptB)).body).toEqual(before);
    expect((await get('/ticket-print-window?examYear=2025', admin)).body).toEqual(before);
  });

  it('needs a signed-in caller', async () => {
    await t.http().get(`${API}/registration-window`).expect(401);
    await t.http().get(`${API}/ticket-print-window`).expect(401);
  });
});
