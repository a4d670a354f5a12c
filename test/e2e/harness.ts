import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { Clock, FixedClock } from '../../src/common/clock/clock';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { SettingsService } from '../../src/database/settings.service';
import { WRITE_DATA_SOURCE } from '../../src/database/unit-of-work';
import { ticketSecret } from '../../src/modules/scheduling/ticket-views';

export const ADMIN_PASSWORD = 'Center#Chief2025';
export const USER_PASSWORD = 'Clerk#Pass2025';
export const API = '/api/v1';

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  clock: FixedClock;
  /** The app's DataSource: on SQLite its connection only reads (`query_only`). */
  dataSource: DataSource;
  /** The DataSource write transactions run on (the same one on PostgreSQL): tests tamper through it. */
  writer: DataSource;
  config: AppConfig;
  jwtSecret: string;
  uploadDir: string;
  /** The SQLite file (unused on PostgreSQL) and the master key's directory. */
  dbPath: string;
  keyDir: string;
  close: () => Promise<void>;
}

/**
 * The real application through configureApp(), on a fresh database: a
 * temporary SQLite file, or a reset PostgreSQL schema when
 * TEST_DATABASE_URL is set (run in band then).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  now = '2025-07-01T02:00:00Z',
): Promise<TestApp> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  const dir = mkdtempSync(join(tmpdir(), 'exam-e2e-'));
  if (pgUrl) await resetPostgres(pgUrl);
  const jwtSecret = randomBytes(32).toString('hex');
  const config = loadConfig({
    NODE_ENV: 'test',
    ADMIN_PASSWORD,
    JWT_SECRET: jwtSecret,
    LOGIN_RATE_PER_MINUTE: '10000',
    RATE_PER_MINUTE: '100000',
    UPLOAD_DIR: join(dir, 'uploads'),
    KEY_DIR: join(dir, 'keys'),
    ...(pgUrl ? { DATABASE_URL: pgUrl } : { DB_PATH: join(dir, 'exam.sqlite') }),
    ...env,
  });
  const removeDir = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
  return boot(config, new FixedClock(new Date(now)), removeDir);
}

/**
 * Another instance of the service on the same database as `t` (as behind a
 * load balancer): its own process state, the same tables and the same clock.
 */
export function startInstance(t: TestApp, env: Record<string, string> = {}): Promise<TestApp> {
  const raw = Object.fromEntries(
    Object.entries(t.config)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  return boot(loadConfig({ ...raw, ...env }), t.clock, () => Promise.resolve());
}

async function boot(
  config: AppConfig,
  clock: FixedClock,
  cleanUp: () => Promise<void>,
): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(config)] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile()
    .catch(async (e: unknown) => {
      await cleanUp();
      throw e;
    });
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: ['error'],
  });
  configureApp(app);
  try {
    await app.init();
  } catch (e) {
    await app.close();
    await cleanUp();
    throw e;
  }
  const dataSource = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    http: () => request(app.getHttpServer()),
    clock,
    dataSource,
    writer: app.get<DataSource>(WRITE_DATA_SOURCE),
    config,
    jwtSecret: config.JWT_SECRET ?? '',
    uploadDir: config.UPLOAD_DIR,
    dbPath: config.DB_PATH,
    keyDir: config.KEY_DIR,
    close: async () => {
      await app.close();
      await cleanUp();
    },
  };
}

async function resetPostgres(url: string): Promise<void> {
  const ds = await new DataSource({ type: 'postgres', url }).initialize();
  await ds.query('DROP SCHEMA public CASCADE');
  await ds.query('CREATE SCHEMA public');
  await ds.destroy();
}

/** The QR secret of admission tickets (kept encrypted in the database). */
export const storedTicketSecret = (t: TestApp): Promise<string> =>
  ticketSecret(t.app.get(SettingsService));

export async function login(t: TestApp, username: string, password: string): Promise<string> {
  const res = await t.http().post(`${API}/auth/login`).send({ username, password });
  if (res.status !== 200)
    throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

export const adminToken = (t: TestApp) => login(t, 'admin', ADMIN_PASSWORD);

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Creates an account as the admin and replaces its one-time password; returns a token. */
export async function makeUser(
  t: TestApp,
  admin: string,
  fields: { role: string; departmentId?: string; unitId?: string; username?: string },
): Promise<{ id: string; username: string; token: string }> {
  const username = fields.username ?? `u-${randomUUID().slice(0, 8)}`;
  const initial = 'Initial#Pass2025';
  const created = await t
    .http()
    .post(`${API}/accounts`)
    .set(bearer(admin))
    .send({ ...fields, username, displayName: `测试${username}`, password: initial });
  if (created.status !== 201)
    throw new Error(`create ${username}: ${JSON.stringify(created.body)}`);
  const first = await login(t, username, initial);
  const changed = await t
    .http()
    .post(`${API}/auth/password`)
    .set(bearer(first))
    .send({ currentPassword: initial, newPassword: USER_PASSWORD });
  if (changed.status !== 200)
    throw new Error(`password ${username}: ${JSON.stringify(changed.body)}`);
  return { id: created.body.id as string, username, token: changed.body.accessToken as string };
}

export interface OrgFixture {
  deptA: string;
  deptB: string;
  unitA1: string;
  unitA2: string;
  unitB1: string;
}

/** Two departments: A with units A1 and A2, B with unit B1. */
export async function makeOrganizations(t: TestApp, admin: string): Promise<OrgFixture> {
  const dept = async (name: string) =>
    (
      await t
        .http()
        .post(`${API}/departments`)
        .set(bearer(admin))
        .send({ name, kind: 'city-department' })
        .expect(201)
    ).body.id as string;
  const unit = async (departmentId: string, name: string) =>
    (
      await t
        .http()
        .post(`${API}/units`)
        .set(bearer(admin))
        .send({ departmentId, name })
        .expect(201)
    ).body.id as string;
  const deptA = await dept('大连市教育局');
  const deptB = await dept('大连市卫生健康委员会');
  return {
    deptA,
    deptB,
    unitA1: await unit(deptA, '大连市第一中学'),
    unitA2: await unit(deptA, '大连市第二中学'),
    unitB1: await unit(deptB, '大连市中心医院'),
  };
}

/** A supertest parser that keeps a binary body (PDF, xlsx, zip) as a Buffer. */
export function binary(
  res: { on: (event: string, cb: (chunk?: Buffer) => void) => void },
  cb: (err: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (c?: Buffer) => chunks.push(c!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** Every id a list endpoint returns for a query, page by page. */
export async function allIds(
  t: TestApp,
  token: string,
  query: Record<string, string>,
): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const res = await t
      .http()
      .get(`${API}/registrations`)
      .query({ ...query, page, pageSize: 100 })
      .set(bearer(token));
    ids.push(...(res.body.items as { id: string }[]).map((r) => r.id));
    if (ids.length >= (res.body.total as number)) return ids;
  }
}

/** Keys of the uploaded files stored (UPLOAD_DIR on SQLite, table file_contents on PostgreSQL). */
export async function storedFileKeys(t: TestApp): Promise<string[]> {
  if (t.dataSource.options.type === 'postgres') {
    const rows = await t.dataSource.query<
      {
        key: string;
      }[]
    >(`SELECT "key" FROM "file_contents"`);
    return rows.map((r) => r.key);
  }
  return existsSync(t.uploadDir) ? readdirSync(t.uploadDir) : [];
}

export async function readStoredFile(t: TestApp, key: string): Promise<Buffer> {
  if (t.dataSource.options.type !== 'postgres') return readFileSync(join(t.uploadDir, key));
  const [row] = await t.dataSource.query<{ bytes: Buffer }[]>(
    `SELECT "bytes" FROM "file_contents" WHERE "key" = $1`,
    [key],
  );
  return row.bytes;
}

/** Replaces a stored file's bytes behind the service's back (to simulate what an old version stored). */
export async function overwriteStoredFile(t: TestApp, key: string, bytes: Buffer): Promise<void> {
  if (t.dataSource.options.type !== 'postgres') return writeFileSync(join(t.uploadDir, key), bytes);
  await t.dataSource.query(`UPDATE "file_contents" SET "bytes" = $1 WHERE "key" = $2`, [
    bytes,
    key,
  ]);
}

/** Audit rows of changes, refused-access entries aside: what a refused request must not add. */
export async function changeAuditCount(t: TestApp): Promise<number> {
  const [{ n }] = await t.dataSource.query(
    `SELECT COUNT(*) AS "n" FROM "audit_log" WHERE "action" <> 'access.denied'`,
  );
  return Number(n);
}
