import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { loadConfig } from '../../src/config/app-config';
import { ADMIN_PASSWORD, API } from './harness';

/**
 * The built console is served at `/` next to the API, never in the API's place.
 * Created as main.ts creates it (NestFactory): the static files are mounted on the
 * HTTP adapter, which a testing module does not have yet when its providers start.
 */
describe('web console (e2e)', () => {
  let app: INestApplication;
  let dir: string;
  const t = { http: () => request(app.getHttpServer()) };
  const page = '<!doctype html><html><body><div id="app">控制台</div></body></html>';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'exam-console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'assets', 'app-1a2b3c.js'), 'console.log(1);');
    const config = loadConfig({
      NODE_ENV: 'test',
      ADMIN_PASSWORD,
      DB_PATH: join(dir, 'exam.sqlite'),
      UPLOAD_DIR: join(dir, 'uploads'),
      CONSOLE_DIR: dir,
    });
    app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
      bodyParser: false,
      logger: ['error'],
    });
    configureApp(app);
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page at / and for client routes (SPA fallback), revalidated on each load', async () => {
    for (const path of ['/', '/unit/registrations', '/center/batches/abc?status=submitted']) {
      const res = await t.http().get(path).expect(200).expect('Content-Type', /html/);
      expect(res.text).toBe(page);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets as immutable, and a missing asset is a 404, not the page', async () => {
    const res = await t.http().get('/assets/app-1a2b3c.js').expect(200);
    expect(res.headers['cache-control']).toContain('immutable');
    const missing = await t.http().get('/assets/gone-000.js').expect(404);
    expect(missing.text).not.toContain('控制台');
  });

  it('never shadows the API: routes, unknown routes, Swagger and the OpenAPI document', async () => {
    await t.http().get(`${API}/health`).expect(200, { status: 'ok' });
    const unknown = await t.http().get(`${API}/no-such-thing`).expect(404);
    expect(unknown.body).toMatchObject({ statusCode: 404, code: expect.any(String) });
    const unknownRoot = await t.http().get('/api/nothing-here').expect(404);
    expect(unknownRoot.text).not.toContain('控制台');
    await t.http().get('/api/docs').expect(200).expect('Content-Type', /html/);
    const doc = await t.http().get('/api/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
  });
});
