import { API, adminToken, bearer, createTestApp, TestApp } from './harness';

/** The stable interfaces of CONTRACT.md. */
describe('contract endpoints (e2e)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  it('GET /api/v1/health answers {"status":"ok"}', async () => {
    const res = await t.http().get(`${API}/health`).expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('serves Swagger UI and an OpenAPI 3 document naming the contract endpoints', async () => {
    await t.http().get('/api/docs').expect(200).expect('Content-Type', /html/);
    await t.http().get(`${API}/health`).expect('Cache-Control', 'no-store');
    const doc = (await t.http().get('/api/docs-json').expect(200)).body;
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/health',
      '/api/v1/auth/login',
      '/api/v1/catalog/occupations/lookup',
      '/api/v1/calendar/working-days/end',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
    expect(doc.components.schemas).toHaveProperty('ErrorBody');
  });

  it('answers unknown routes with the contract error body', async () => {
    const res = await t.http().get(`${API}/no-such-thing`).set(bearer(admin)).expect(404);
    expect(res.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: expect.any(String),
      details: [],
    });
  });

  describe('occupation look-up (附件1 × 附件3 through the database)', () => {
    it.each([
      ['维修电工', '电工', true, '一类'],
      ['汽车驾驶员', '汽车驾驶员', true, '一类'],
      ['驾驶员', '汽车驾驶员', false, null],
      ['汽车修理工', '汽车修理工', true, '一类'],
      ['汽车维修工', '汽车修理工', false, null],
      ['计算机操作员', '计算机操作员', true, '三类'],
      ['打字员', '计算机操作员', false, null],
      ['电器维修工', '电工', true, '一类'],
      ['中式烹调师', '中式烹调师', true, '一类'],
      ['中式烹饪师', '中式烹调师', false, null],
      ['收银员', '收银员', true, '三类'],
      ['出纳员', '收银员', true, '一类'],
      ['船舶驾驶员', '综合', true, '一类'],
      ['园艺工', '综合', true, '二类'],
      ['心电图工', '综合', true, '三类'],
      ['保安员', '综合', false, null],
    ])('%s → %s', async (name, paperCategory, technicianEligible, technicianClass) => {
      const res = await t
        .http()
        .get(`${API}/catalog/occupations/lookup`)
        .query({ name })
        .set(bearer(admin))
        .expect(200);
      expect(res.body).toEqual({ name, paperCategory, technicianEligible, technicianClass });
    });

    it('normalises full-width/half-width forms and surrounding space', async () => {
      const res = await t
        .http()
        .get(`${API}/catalog/occupations/lookup`)
        .query({ name: ' 计算机操作(维修)员　' })
        .set(bearer(admin))
        .expect(200);
      expect(res.body).toMatchObject({ paperCategory: '计算机操作员', technicianEligible: false });
    });

    it('requires a signed-in caller and a name', async () => {
      await t
        .http()
        .get(`${API}/catalog/occupations/lookup`)
        .query({ name: '维修电工' })
        .expect(401);
      const res = await t
        .http()
        .get(`${API}/catalog/occupations/lookup`)
        .set(bearer(admin))
        .expect(400);
      expect(res.body.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'name' })]),
      );
    });

    it('answers 404 for a year without a session', async () => {
      const res = await t
        .http()
        .get(`${API}/catalog/occupations/lookup`)
        .query({ name: '维修电工', examYear: 2031 })
        .set(bearer(admin))
        .expect(404);
      expect(res.body.code).toBe('EXAM_SESSION_NOT_FOUND');
    });
  });

  describe('working days', () => {
    it.each([
      ['2025-07-07', 5, '2025-07-11'],
      ['2025-07-05', 5, '2025-07-11'],
      ['2025-09-26', 5, '2025-10-09'],
      ['2025-10-01', 1, '2025-10-09'],
      ['2025-09-30', 2, '2025-10-09'],
      ['2025-12-31', 2, '2026-01-04'],
    ])('from %s, %i working days end on %s', async (start, days, end) => {
      const res = await t
        .http()
        .get(`${API}/calendar/working-days/end`)
        .query({ start, days })
        .expect(200);
      expect(res.body).toEqual({ start, end });
    });

    it.each([
      [{ start: '2025-02-30', days: 5 }, 'start'],
      [{ start: '2025/07/07', days: 5 }, 'start'],
      [{ start: '2025-07-07', days: 0 }, 'days'],
      [{ start: '2025-07-07', days: 'five' }, 'days'],
      [{ days: 5 }, 'start'],
    ])('answers 400 naming the field for %j', async (query, field) => {
      const res = await t.http().get(`${API}/calendar/working-days/end`).query(query).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field })]),
      );
    });

    it('refuses to guess for a year without holiday data (422)', async () => {
      const res = await t
        .http()
        .get(`${API}/calendar/working-days/end`)
        .query({ start: '2040-03-01', days: 5 });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('CALENDAR_YEAR_NOT_COVERED');
    });

    it('lists the package years up to two years after the current year in Beijing', async () => {
      const before = t.clock.now();
      // 2023-12-31 16:30 UTC is already 2024-01-01 in Beijing: the list reaches 2026.
      t.clock.set('2023-12-31T16:30:00Z');
      try {
        const res = await t.http().get(`${API}/calendar/years`).set(bearer(admin)).expect(200);
        expect(res.body.packageYears).toContain(2026);
      } finally {
        t.clock.set(before);
      }
    });

    it('counts a year the center declares, and its overrides', async () => {
      await t
        .http()
        .put(`${API}/calendar/years/2040`)
        .set(bearer(admin))
        .send({ holidays: ['2040-03-05'], workdays: ['2040-03-10'] })
        .expect(200);
      // 2040-03-05 (Mon) is declared a holiday, Saturday 03-10 a working day.
      const res = await t
        .http()
        .get(`${API}/calendar/working-days/end`)
        .query({ start: '2040-03-05', days: 5 });
      expect(res.body).toEqual({ start: '2040-03-05', end: '2040-03-10' });
      await t
        .http()
        .put(`${API}/calendar/overrides/2025-07-11`)
        .set(bearer(admin))
        .send({ working: false })
        .expect(200);
      const shifted = await t
        .http()
        .get(`${API}/calendar/working-days/end`)
        .query({ start: '2025-07-07', days: 5 });
      expect(shifted.body.end).toBe('2025-07-14');
      await t.http().delete(`${API}/calendar/overrides/2025-07-11`).set(bearer(admin)).expect(204);
      const back = await t
        .http()
        .get(`${API}/calendar/working-days/end`)
        .query({ start: '2025-07-07', days: 5 });
      expect(back.body.end).toBe('2025-07-11');
    });
  });

  describe('validation errors name each field', () => {
    it('refuses unknown fields, wrong types and over-long strings together', async () => {
      const res = await t
        .http()
        .post(`${API}/departments`)
        .set(bearer(admin))
        .send({ name: '部'.repeat(101), kind: 'planet', isAdmin: true })
        .expect(400);
      const fields = res.body.details.map((d: { field: string }) => d.field).sort();
      expect(fields).toEqual(['isAdmin', 'kind', 'name']);
      expect(res.body.message).toBe('请求参数校验失败');
    });

    it('refuses an impossible date in a body', async () => {
      const res = await t
        .http()
        .patch(`${API}/exam-sessions/2025`)
        .set(bearer(admin))
        .send({ registrationEnd: '2025-02-30' })
        .expect(400);
      expect(res.body.details[0]).toMatchObject({ field: 'registrationEnd', code: 'isDateOnly' });
    });
  });
});
