import { adminToken, API, bearer, createTestApp, login, makeUser, type TestApp } from './harness';

const TODAY = '2026-11-25';
const PASSWORD = 'Demo#Try2026';

interface Row {
  registrationId: string;
  name: string;
  unitName: string;
  mode: string;
  targetLevel: string;
  outcome: 'passed' | 'failed' | 'pending';
  theory: { text: string; passed: boolean | null } | null;
  practical: { text: string; passed: boolean | null } | null;
  exempt: { text: string } | null;
  reasons: string[];
}

/** Where each filed candidate stands under the pass rule, on the demo season's records. */
describe('candidate results (e2e, DEMO=1)', () => {
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    t = await createTestApp({ DEMO: '1', DEMO_PASSWORD: PASSWORD }, `${TODAY}T02:00:00Z`);
    staff = await login(t, 'demo-staff', PASSWORD);
  });
  afterAll(() => t.close());

  const list = async (token: string, query: object = {}) =>
    (
      await t
        .http()
        .get(`${API}/results`)
        .query({ pageSize: 100, ...query })
        .set(bearer(token))
        .expect(200)
    ).body as { items: Row[]; total: number };

  it('decides 免考复核认定 on the center’s decision: approved passes, rejected fails, none waits', async () => {
    const exempt = (await list(staff)).items.filter((r) => r.mode === 'exempt-review');
    expect(exempt.map((r) => r.exempt!.text).sort()).toEqual(
      ['不予认定', '待认定', '认定通过'].sort(),
    );
    for (const r of exempt) {
      expect(r.theory).toBeNull();
      expect(r.outcome).toBe(
        r.exempt!.text === '认定通过'
          ? 'passed'
          : r.exempt!.text === '不予认定'
            ? 'failed'
            : 'pending',
      );
    }
  });

  it('counts only locked marks: a candidate whose practical is not locked waits, with the reason', async () => {
    const waiting = (await list(staff, { outcome: 'pending' })).items.filter(
      (r) => r.mode === 'exam',
    );
    expect(waiting.length).toBeGreaterThan(0);
    for (const r of waiting) expect(r.outcome).toBe('pending');
    expect(waiting.some((r) => r.reasons.some((x) => x.includes('尚未录入')))).toBe(true);
  });

  it('adds up: the summary equals the outcomes of the list', async () => {
    const all = (await list(staff)).items;
    const summary = (await t.http().get(`${API}/results/summary`).set(bearer(staff)).expect(200))
      .body;
    expect(summary.total).toBe(all.length);
    for (const o of ['passed', 'failed', 'pending'] as const) {
      expect(summary[o]).toBe(all.filter((r) => r.outcome === o).length);
      expect((await list(staff, { outcome: o })).total).toBe(summary[o]);
    }
  });

  it('keeps a unit to its own people and a department to its units', async () => {
    const unit = await login(t, 'demo-unit2', PASSWORD);
    const mine = (await list(unit)).items;
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((r) => r.unitName)).size).toBe(1);
    const all = (await list(staff)).items;
    const dept = (await list(await login(t, 'demo-dept', PASSWORD))).items;
    expect(dept.length).toBeLessThan(all.length);
    const summary = (await t.http().get(`${API}/results/summary`).set(bearer(unit)).expect(200))
      .body;
    expect(summary.total).toBe(mine.length);
  });

  it('refuses a grader and a bad outcome filter', async () => {
    const admin = await adminToken(t);
    const grader = (await makeUser(t, admin, { role: 'grader' })).token;
    expect((await t.http().get(`${API}/results`).set(bearer(grader))).status).toBe(403);
    const bad = await t
      .http()
      .get(`${API}/results`)
      .query({ outcome: 'maybe' })
      .set(bearer(staff))
      .expect(400);
    expect(bad.body.details[0].field).toBe('outcome');
  });
});
