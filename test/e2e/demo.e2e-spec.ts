import { API, adminToken, bearer, createTestApp, login, TestApp } from './harness';

describe('DEMO=1 (e2e)', () => {
  let t: TestApp;
  let out: string[];

  beforeAll(async () => {
    out = [];
    const write = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        out.push(String(chunk));
        return true;
      });
    try {
      t = await createTestApp({ DEMO: '1' }, '2026-11-25T02:00:00Z');
    } finally {
      write.mockRestore();
    }
  });
  afterAll(() => t.close());

  it('seeds a demo session whose registration window is open today, beside 2025', async () => {
    const admin = await adminToken(t);
    const sessions = await t.http().get(`${API}/exam-sessions`).set(bearer(admin)).expect(200);
    const demo = sessions.body.items.find((s: { isDemo: boolean }) => s.isDemo);
    expect(demo).toMatchObject({ year: 2026, isCurrent: false, passMark: 60 });
    expect(demo.registration.start <= '2026-11-25' && demo.registration.end >= '2026-11-25').toBe(
      true,
    );
    expect(sessions.body.items.find((s: { year: number }) => s.year === 2025)).toMatchObject({
      isCurrent: true,
    });
  });

  it('prints the demo password once and lets a demo unit see its demo candidates', async () => {
    const line = out.find((l) => l.includes('演示账号'))!;
    const password = /：(\S+)\n/.exec(line)![1];
    const unit = await login(t, 'demo-unit', password);
    const res = await t
      .http()
      .get(`${API}/registrations`)
      .query({ examYear: 2026 })
      .set(bearer(unit))
      .expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((r: { clause: string }) => r.clause).sort()).toEqual([
      '二(三)',
      '二(二)1',
      '二(二)2',
    ]);
    const dept = await login(t, 'demo-dept', password);
    const all = await t
      .http()
      .get(`${API}/registrations`)
      .query({ examYear: 2026 })
      .set(bearer(dept))
      .expect(200);
    expect(all.body.total).toBe(5);
  });
});
