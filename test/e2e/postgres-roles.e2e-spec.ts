import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { AuditRepository } from '../../src/modules/audit/audit.repository';
import { API, adminToken, bearer, createTestApp, TestApp } from './harness';

const pgUrl = process.env.TEST_DATABASE_URL;
const postgresOnly = pgUrl ? describe : describe.skip;

/** psql from PATH or from Debian's server package. */
function psql(): string {
  const onPath = (process.env.PATH ?? '').split(':').map((d) => join(d, 'psql'));
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin/psql`)
    : [];
  const found = [...onPath, ...debian].find((p) => existsSync(p));
  if (!found) throw new Error('psql not found');
  return found;
}

const urlFor = (user: string, password: string, db: string) => {
  const u = new URL(pgUrl!);
  u.username = user;
  u.password = password;
  u.pathname = `/${db}`;
  return u.toString();
};

/**
 * Security-checklist #37 on PostgreSQL: with scripts/postgres-roles.sql the
 * service runs as a role that does not own audit_log, so it can append but
 * not rewrite, delete or switch the trigger off. Needs a superuser
 * TEST_DATABASE_URL (as .ci/run sets up); skipped on SQLite.
 */
postgresOnly('PostgreSQL roles: the service cannot alter its audit trail (e2e)', () => {
  const suffix = randomBytes(4).toString('hex');
  const db = `exam_roles_${suffix}`;
  const owner = `exam_owner_${suffix}`;
  const app = `exam_app_${suffix}`;
  const password = randomBytes(12).toString('hex');
  let admin: DataSource;
  let t: TestApp | undefined;

  beforeAll(async () => {
    admin = await new DataSource({ type: 'postgres', url: pgUrl }).initialize();
    await admin.query(`CREATE DATABASE "${db}"`);
    const run = spawnSync(
      psql(),
      [
        urlFor(new URL(pgUrl!).username, new URL(pgUrl!).password, db),
        '-q',
        '-f',
        join(__dirname, '..', '..', 'scripts', 'postgres-roles.sql'),
        '-v',
        `owner=${owner}`,
        '-v',
        `app=${app}`,
        '-v',
        `owner_password=${password}`,
        '-v',
        `app_password=${password}`,
      ],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`postgres-roles.sql: ${run.stderr}`);
    // The owner runs the migrations (npm run migration:run) ...
    const migrator = await new DataSource(
      buildDataSourceOptions(loadConfig({ DATABASE_URL: urlFor(owner, password, db) })),
    ).initialize();
    await migrator.runMigrations();
    await migrator.destroy();
    // ... and the service runs as the app role.
    t = await createTestApp({ DATABASE_URL: urlFor(app, password, db) });
  });

  afterAll(async () => {
    await t?.close();
    await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    for (const role of [app, owner]) await admin.query(`DROP ROLE IF EXISTS "${role}"`);
    await admin.destroy();
  });

  it('works as the app role: changes are written and audited, the chain verifies', async () => {
    const token = await adminToken(t!);
    await t!
      .http()
      .post(`${API}/departments`)
      .set(bearer(token))
      .send({ name: '角色测试局', kind: 'city-department' })
      .expect(201);
    const verify = await t!.http().get(`${API}/audit/verify`).set(bearer(token)).expect(200);
    expect(verify.body).toMatchObject({ intact: true, problem: null });
    const [{ user }] = await t!.dataSource.query('SELECT current_user AS user');
    expect(user).toBe(app);
  });

  it.each([
    ['ALTER TABLE audit_log DISABLE TRIGGER USER', /must be owner/],
    ['DROP TRIGGER audit_log_no_update ON audit_log', /must be owner/],
    [`UPDATE audit_log SET action = 'x'`, /permission denied/],
    ['DELETE FROM audit_log', /permission denied/],
    ['TRUNCATE audit_log', /permission denied/],
    ['DROP TABLE audit_log', /must be owner/],
  ])('refuses the app role: %s', async (statement, error) => {
    await expect(t!.dataSource.query(statement)).rejects.toThrow(error);
  });

  it('reports the app role as harmless to the audit table', async () => {
    expect(await t!.app.get(AuditRepository).tablePowers()).toEqual({
      role: app,
      owner: false,
      superuser: false,
      privileges: [],
    });
  });
});
