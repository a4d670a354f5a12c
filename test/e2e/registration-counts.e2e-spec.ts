import { idNumberFor, makeRegistration } from '../factories/registration.factory';
import {
  API,
  adminToken,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  TestApp,
} from './harness';

interface Counts {
  examYear: number;
  total: number;
  byStatus: { status: string; statusName: string; count: number }[];
  publicityEnded: number;
  publicitiesRunning: number;
  nextPublicityEndDate: string | null;
  batchesWaiting: number | null;
}

/** The dashboard's counts in one call, each caller counting only what it may see. */
describe('GET /registrations/counts (e2e)', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const ids: Record<string, string[]> = {};
  let endDate: string;

  const post = (who: string, path: string, body: object = {}) =>
    t.http().post(`${API}${path}`).set(bearer(token[who])).send(body);
  const counts = async (who: string): Promise<Counts> =>
    (await t.http().get(`${API}/registrations/counts`).set(bearer(token[who])).expect(200))
      .body as Counts;
  const nonZero = (c: Counts) =>
    Object.fromEntries(c.byStatus.filter((s) => s.count > 0).map((s) => [s.status, s.count]));

  async function register(who: string, births: string[]): Promise<string[]> {
    const out: string[] = [];
    for (const birth of births) {
      const body = makeRegistration({
        idNumber: idNumberFor(birth),
        birthMonth: `${birth.slice(0, 4)}-${birth.slice(4, 6)}`,
      });
      out.push((await post(who, '/registrations', body).expect(201)).body.id as string);
    }
    return out;
  }
  const approve = (who: string, list: string[]) =>
    post(who, '/registrations/unit-review', {
      ids: list,
      decision: 'approve',
      conductAttested: true,
    }).expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    token.admin = await adminToken(t);
    const org = await makeOrganizations(t, token.admin);
    const user = (f: { role: string; departmentId?: string; unitId?: string }) =>
      makeUser(t, token.admin, f).then((u) => u.token);
    token.unitA1 = await user({ role: 'unit', unitId: org.unitA1 });
    token.unitA2 = await user({ role: 'unit', unitId: org.unitA2 });
    token.unitB1 = await user({ role: 'unit', unitId: org.unitB1 });
    token.deptA = await user({ role: 'department', departmentId: org.deptA });
    token.deptB = await user({ role: 'department', departmentId: org.deptB });
    token.grader = await user({ role: 'grader' });

    ids.A1 = await register('unitA1', ['19680101', '19680202', '19680303']);
    await approve('unitA1', ids.A1.slice(0, 2));
    endDate = (
      await post('unitA1', '/publicities', { registrationIds: ids.A1.slice(0, 2) }).expect(201)
    ).body.endDate as string;
    ids.A2 = await register('unitA2', ['19690404']);
    ids.B1 = await register('unitB1', ['19700505', '19700606']);
    await approve('unitB1', ids.B1.slice(0, 1));
  });
  afterAll(() => t.close());

  it('gives a unit its own unit only, never another unit of its department', async () => {
    const a1 = await counts('unitA1');
    expect(nonZero(a1)).toEqual({ registered: 1, 'in-publicity': 2 });
    expect(a1).toMatchObject({
      examYear: 2025,
      total: 3,
      publicityEnded: 0,
      publicitiesRunning: 1,
      nextPublicityEndDate: endDate,
      batchesWaiting: null,
    });
    expect(a1.byStatus).toHaveLength(10);
    expect(a1.byStatus[0]).toEqual({
      status: 'registered',
      statusName: '已报名待单位审核',
      count: 1,
    });

    const a2 = await counts('unitA2');
    expect(nonZero(a2)).toEqual({ registered: 1 });
    expect(a2).toMatchObject({ total: 1, publicitiesRunning: 0, nextPublicityEndDate: null });
  });

  it('gives a department its own units only, and the center everything', async () => {
    const a = await counts('deptA');
    expect(nonZero(a)).toEqual({ registered: 2, 'in-publicity': 2 });
    expect(a).toMatchObject({ total: 4, publicitiesRunning: 1, batchesWaiting: 0 });

    const b = await counts('deptB');
    expect(nonZero(b)).toEqual({ registered: 1, 'unit-approved': 1 });
    expect(b).toMatchObject({ total: 2, publicitiesRunning: 0, nextPublicityEndDate: null });

    const center = await counts('admin');
    expect(nonZero(center)).toEqual({ registered: 3, 'unit-approved': 1, 'in-publicity': 2 });
    expect(center).toMatchObject({ total: 6, publicitiesRunning: 1, batchesWaiting: 0 });
  });

  it('counts a publicity as over from the day after its last day, and batches waiting for 备案', async () => {
    t.clock.set(`${endDate}T02:00:00Z`);
    expect(await counts('unitA1')).toMatchObject({ publicityEnded: 0, publicitiesRunning: 1 });

    const next = new Date(Date.parse(`${endDate}T00:00:00Z`) + 86_400_000).toISOString();
    t.clock.set(next);
    expect(await counts('unitA1')).toMatchObject({ publicityEnded: 2, publicitiesRunning: 0 });
    expect(await counts('deptA')).toMatchObject({ publicityEnded: 2 });
    expect(await counts('deptB')).toMatchObject({ publicityEnded: 0 });

    const reported = ids.A1.slice(0, 2);
    await post('unitA1', '/registrations/submit-to-department', { ids: reported }).expect(200);
    await post('deptA', '/registrations/department-review', {
      ids: reported,
      decision: 'approve',
    }).expect(200);
    await post('deptA', '/department-batches').expect(201);

    expect(await counts('admin')).toMatchObject({ batchesWaiting: 1, publicityEnded: 0 });
    expect(nonZero(await counts('deptA'))).toEqual({
      registered: 2,
      'department-submitted': 2,
    });
    expect(await counts('deptA')).toMatchObject({ batchesWaiting: 1 });
    expect(await counts('deptB')).toMatchObject({ batchesWaiting: 0 });
  });

  it('answers the grader 403 and an unknown year 404', async () => {
    await t.http().get(`${API}/registrations/counts`).set(bearer(token.grader)).expect(403);
    await t
      .http()
      .get(`${API}/registrations/counts`)
      .query({ examYear: 2031 })
      .set(bearer(token.admin))
      .expect(404);
  });
});
