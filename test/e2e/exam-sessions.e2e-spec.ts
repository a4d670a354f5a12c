import { API, adminToken, bearer, createTestApp, makeUser, TestApp } from './harness';

describe('exam sessions and reference data (e2e)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  it('seeds the 2025 session with every date and number of the notice', async () => {
    const res = await t.http().get(`${API}/exam-sessions/2025`).set(bearer(admin)).expect(200);
    expect(res.body).toMatchObject({
      year: 2025,
      isCurrent: true,
      noticeNo: '大人社发〔2025〕49号',
      registration: { start: '2025-06-27', end: '2025-07-25' },
      certCutoffDate: '2025-07-31',
      ticketPrinting: { start: '2025-08-18', end: '2025-08-20' },
      publicityWorkingDays: 5,
      fullMark: 100,
      passMark: 60,
    });
    expect(
      res.body.levels.map((l: { code: string; components: string[] }) => [l.code, l.components]),
    ).toEqual([
      ['junior', ['theory', 'practical']],
      ['intermediate', ['theory', 'practical']],
      ['senior', ['theory', 'practical']],
      ['technician', ['theory', 'practical', 'review']],
    ]);
    const std = res.body.rules.standard;
    expect([
      std.technician.workStartBy,
      std.senior.workStartBy,
      std.intermediate.workStartBy,
    ]).toEqual(['2001-12-31', '2007-12-31', '2017-12-31']);
    expect(std.intermediate.alternativeWorkYears).toBe(15);
    expect(res.body.rules.generalToSkilled.workYears).toBe(15);
    expect(res.body.rules.publicRecruitment.tiers).toEqual([
      { level: 'senior', workYears: 20, occupationYears: 10 },
      { level: 'intermediate', workYears: 10, occupationYears: 5 },
    ]);
  });

  it('lists the seven paper categories of 附件3 in order, with their occupations', async () => {
    const res = await t
      .http()
      .get(`${API}/catalog/paper-categories`)
      .set(bearer(admin))
      .expect(200);
    expect(res.body.items.map((c: { name: string }) => c.name)).toEqual([
      '汽车驾驶员',
      '汽车修理工',
      '计算机操作员',
      '电工',
      '中式烹调师',
      '收银员',
      '综合',
    ]);
    expect(res.body.items[3].occupations.sort()).toEqual(
      ['电器安装工', '电器维修工', '电工', '维修电工'].sort(),
    );
  });

  it('searches occupations by name, class and category', async () => {
    const cls2 = await t
      .http()
      .get(`${API}/catalog/occupations`)
      .query({ technicianClass: '二类', pageSize: 100 })
      .set(bearer(admin));
    expect(cls2.body.total).toBe(20);
    const q = await t
      .http()
      .get(`${API}/catalog/occupations`)
      .query({ q: '驾驶' })
      .set(bearer(admin));
    expect(q.body.items.map((o: { name: string }) => o.name).sort()).toEqual(
      ['汽车驾驶员', '船舶驾驶员', '驾驶员'].sort(),
    );
    const literal = await t
      .http()
      .get(`${API}/catalog/occupations`)
      .query({ q: '%' })
      .set(bearer(admin));
    expect(literal.body.total).toBe(0);
  });

  it("creates the next year's session by copying the reference data, without touching 2025", async () => {
    const created = await t
      .http()
      .post(`${API}/exam-sessions`)
      .set(bearer(admin))
      .send({
        year: 2026,
        copyFromYear: 2025,
        title: '2026年度大连市机关事业单位工勤技能人员技术等级晋升考核',
        registrationStart: '2026-06-26',
        registrationEnd: '2026-07-24',
        certCutoffDate: '2026-07-31',
        ticketPrintStart: '2026-08-17',
        ticketPrintEnd: '2026-08-19',
      })
      .expect(201);
    expect(created.body).toMatchObject({ year: 2026, isCurrent: false, passMark: 60 });
    await t
      .http()
      .post(`${API}/exam-sessions`)
      .set(bearer(admin))
      .send({ year: 2026, copyFromYear: 2025 })
      .expect(409);

    await t
      .http()
      .post(`${API}/catalog/occupations?examYear=2026`)
      .set(bearer(admin))
      .send({ name: '无人机驾驶员', technicianClass: '一类', paperCategory: '综合' })
      .expect(201);
    const y2026 = await t
      .http()
      .get(`${API}/catalog/occupations/lookup`)
      .query({ name: '无人机驾驶员', examYear: 2026 })
      .set(bearer(admin));
    expect(y2026.body).toMatchObject({ technicianEligible: true, technicianClass: '一类' });
    const y2025 = await t
      .http()
      .get(`${API}/catalog/occupations/lookup`)
      .query({ name: '无人机驾驶员' })
      .set(bearer(admin));
    expect(y2025.body).toMatchObject({ technicianEligible: false, paperCategory: '综合' });
    const copied = await t
      .http()
      .get(`${API}/catalog/occupations/lookup`)
      .query({ name: '维修电工', examYear: 2026 })
      .set(bearer(admin));
    expect(copied.body).toMatchObject({ paperCategory: '电工', technicianClass: '一类' });
  });

  it('lets the center move an occupation to another paper category, effective at once', async () => {
    const found = await t
      .http()
      .get(`${API}/catalog/occupations`)
      .query({ q: '保育员' })
      .set(bearer(admin));
    const id = found.body.items[0].id;
    await t
      .http()
      .patch(`${API}/catalog/occupations/${id}`)
      .set(bearer(admin))
      .send({ paperCategory: '收银员' })
      .expect(200);
    const after = await t
      .http()
      .get(`${API}/catalog/occupations/lookup`)
      .query({ name: '保育员' })
      .set(bearer(admin));
    expect(after.body.paperCategory).toBe('收银员');
    await t
      .http()
      .patch(`${API}/catalog/occupations/${id}`)
      .set(bearer(admin))
      .send({ paperCategory: '综合' })
      .expect(200);
  });

  it('refuses inconsistent session dates with every problem in Chinese', async () => {
    const res = await t
      .http()
      .patch(`${API}/exam-sessions/2026`)
      .set(bearer(admin))
      .send({ registrationStart: '2026-08-01', passMark: 120 })
      .expect(400);
    expect(res.body.code).toBe('EXAM_SESSION_INVALID');
    expect(res.body.message).toContain('报名开始日期不能晚于结束日期');
    expect(res.body.message).toContain('合格分数');
  });

  it('switches the current session and the default year of look-ups', async () => {
    await t.http().post(`${API}/exam-sessions/2026/make-current`).set(bearer(admin)).expect(200);
    const list = await t.http().get(`${API}/exam-sessions`).set(bearer(admin));
    expect(
      list.body.items
        .filter((s: { isCurrent: boolean }) => s.isCurrent)
        .map((s: { year: number }) => s.year),
    ).toEqual([2026]);
    const res = await t
      .http()
      .get(`${API}/catalog/occupations/lookup`)
      .query({ name: '无人机驾驶员' })
      .set(bearer(admin));
    expect(res.body.technicianEligible).toBe(true);
    await t.http().post(`${API}/exam-sessions/2025/make-current`).set(bearer(admin)).expect(200);
  });

  it('keeps session administration to the center administrator', async () => {
    const staff = await makeUser(t, admin, { role: 'center-staff' });
    await t
      .http()
      .patch(`${API}/exam-sessions/2025`)
      .set(bearer(staff.token))
      .send({ passMark: 50 })
      .expect(403);
    const s = await t.http().get(`${API}/exam-sessions/2025`).set(bearer(staff.token)).expect(200);
    expect(s.body.passMark).toBe(60);
  });
});
