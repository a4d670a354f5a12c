import { API, adminToken, bearer, createTestApp, TestApp } from './harness';

describe('database (e2e, runs on SQLite and on PostgreSQL)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  it('builds the schema from migrations alone, matching the entities exactly', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    const ran = await t.dataSource.query('SELECT name FROM migrations');
    expect(ran.length).toBe(t.dataSource.migrations.length);
  });

  it('seeds idempotently: a second start adds nothing', async () => {
    const count = async () =>
      (await t.dataSource.query('SELECT COUNT(*) AS n FROM occupations'))[0].n;
    const before = Number(await count());
    await t.app
      .get((await import('../../src/modules/seeding/seeding.service')).SeedingService)
      .onApplicationBootstrap();
    expect(Number(await count())).toBe(before);
  });

  it('serialises concurrent writers: one of 20 identical creations wins, the rest get 409, nothing half-written', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        t
          .http()
          .post(`${API}/departments`)
          .set(bearer(admin))
          .send({ name: '并发测试局', kind: 'hitech' }),
      ),
    );
    const codes = results.map((r) => r.status).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const rows = await t.dataSource.query(`SELECT id FROM departments WHERE name = '并发测试局'`);
    expect(rows).toHaveLength(1);
    const audits = await t
      .http()
      .get(`${API}/audit`)
      .query({ entityId: rows[0].id })
      .set(bearer(admin));
    expect(audits.body.total).toBe(1);
  });

  it('commits all of 20 distinct concurrent creations with an intact audit chain', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .http()
          .post(`${API}/departments`)
          .set(bearer(admin))
          .send({ name: `并发部门${i}`, kind: 'city-department' }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const verify = await t.http().get(`${API}/audit/verify`).set(bearer(admin));
    expect(verify.body.intact).toBe(true);
  });

  it('stores instants as UTC text, identical on both databases', async () => {
    const [row] = await t.dataSource.query('SELECT created_at FROM departments LIMIT 1');
    expect(row.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
