import { makeRegistration } from '../factories/registration.factory';
import {
  API,
  adminToken,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  type TestApp,
} from './harness';

const onSqlite = !process.env.TEST_DATABASE_URL;

/**
 * Issue 12: a registration list reads its page from an index in its order (created_at newest
 * first, then id), for the center, a department and a unit alike, with or without a state filter,
 * instead of sorting every match of the session. The SQL is the one GET /registrations really
 * sends (caught from the DataSource's logger); SQLite keeps no planner statistics here, so which
 * index it takes follows from the schema alone.
 */
(onSqlite ? describe : describe.skip)('registration lists use their listing index (SQLite)', () => {
  let t: TestApp;
  const tokens: Record<'center' | 'department' | 'unit', string> = {
    center: '',
    department: '',
    unit: '',
  };
  let unitId = '';

  beforeAll(async () => {
    t = await createTestApp();
    tokens.center = await adminToken(t);
    const org = await makeOrganizations(t, tokens.center);
    tokens.department = (
      await makeUser(t, tokens.center, { role: 'department', departmentId: org.deptA })
    ).token;
    tokens.unit = (await makeUser(t, tokens.center, { role: 'unit', unitId: org.unitA1 })).token;
    unitId = org.unitA1;
    await t
      .http()
      .post(`${API}/registrations`)
      .set(bearer(tokens.unit))
      .send(makeRegistration())
      .expect(201);
  });

  afterAll(() => t.close());

  /** The plan of the page query a list request sends (not its count). */
  async function planOf(who: keyof typeof tokens, query: Record<string, string>) {
    const seen: { sql: string; params: unknown[] }[] = [];
    const logger = t.dataSource.logger;
    // The logger's other methods stay (its prototype); only logQuery is caught.
    t.dataSource.logger = Object.assign(Object.create(logger) as typeof logger, {
      logQuery: (sql: string, params?: unknown[]) => seen.push({ sql, params: params ?? [] }),
    });
    try {
      await t.http().get(`${API}/registrations`).query(query).set(bearer(tokens[who])).expect(200);
    } finally {
      t.dataSource.logger = logger;
    }
    const page = seen.find((q) => /FROM "registrations"/.test(q.sql) && /ORDER BY/.test(q.sql));
    if (!page) throw new Error(`no page query among ${seen.length}`);
    const rows = await t.dataSource.query<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN ${page.sql}`,
      page.params,
    );
    return rows.map((r) => r.detail).join('\n');
  }

  it.each([
    ['center', { status: 'registered' }, 'ix_registrations_status_listing'],
    ['center', {}, 'ix_registrations_session_all'],
    ['department', { status: 'registered' }, 'ix_registrations_department_listing'],
    ['department', {}, 'ix_registrations_department_all'],
    ['unit', { status: 'registered' }, 'ix_registrations_unit_listing'],
    ['unit', {}, 'ix_registrations_unit_all'],
    // Two indexes match two columns each here; the planner takes the department's, and reads
    // the department's rows in order for the unit's (a few thousand at most), sorting nothing.
    ['department', { unitId: 'A1' }, 'ix_registrations_department_all'],
    ['center', { unitId: 'A1', status: 'registered' }, 'ix_registrations_unit_listing'],
  ] as const)('%s %j: %s', async (who, query, index) => {
    const plan = await planOf(who, 'unitId' in query ? { ...query, unitId } : query);
    expect(plan).toContain(`USING INDEX ${index}`);
    // The page comes in index order, ties of created_at included (by id): nothing is sorted.
    // An import writes all its rows at one instant, so sorting ties sorted nearly every row.
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
