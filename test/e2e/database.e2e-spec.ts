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

  it('indexes registrations by publicity and by batch, which every publicity and batch step looks up', async () => {
    const qr = t.dataSource.createQueryRunner();
    try {
      const table = await qr.getTable('registrations');
      const indexed = table!.indices.map((i) => i.columnNames.join(','));
      expect(indexed).toEqual(expect.arrayContaining(['publicity_id', 'batch_id']));
    } finally {
      await qr.release();
    }
  });

  it('migrates stored 二(六) titles to the table of titles with grades, keeping each session’s levels', async () => {
    const { TitleGrades1795593000000 } =
      await import('../../src/database/migrations/1795593000000-title-grades');
    const [row] = await t.dataSource.query(
      `SELECT "id", "rules" FROM "exam_sessions" WHERE "year" = 2025`,
    );
    const current = JSON.parse(row.rules);
    const old = {
      ...current,
      professionalTransfer: {
        clause: '二(六)',
        titles: { 技术员: 'junior', 助理工程师: 'senior' },
      },
    };
    const pg = t.dataSource.options.type === 'postgres';
    const write = (rules: object) =>
      t.writer.query(
        `UPDATE "exam_sessions" SET "rules" = ${pg ? '$1' : '?'} WHERE "id" = ${pg ? '$2' : '?'}`,
        [JSON.stringify(rules), row.id],
      );
    await write(old);
    const qr = t.writer.createQueryRunner();
    try {
      await new TitleGrades1795593000000().up(qr);
      const [after] = await qr.query(`SELECT "rules" FROM "exam_sessions" WHERE "year" = 2025`);
      const migrated = JSON.parse(after.rules).professionalTransfer;
      expect(migrated.grades).toEqual({ 员级: 'junior', 助理级: 'senior' });
      expect(migrated.titles).toContainEqual({
        name: '助理会计师',
        series: '会计',
        grade: '助理级',
      });
    } finally {
      await qr.release();
      await write(current);
    }
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
