import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { loadConfig } from '../../src/config/app-config';
import { ADMIN_PASSWORD, API } from './harness';

const deepJson = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

/**
 * Request bodies the JSON parser refuses, on the service as it runs in production: with the
 * built console served next to the API (NestFactory, as main.ts creates it).
 */
describe('finding 1–2: malformed, oversized and deeply nested bodies (e2e, console served)', () => {
  let app: INestApplication;
  let dir: string;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'exam-attacks-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body>控制台</body></html>');
    const config = loadConfig({
      NODE_ENV: 'test',
      ADMIN_PASSWORD,
      DB_PATH: join(dir, 'exam.sqlite'),
      UPLOAD_DIR: join(dir, 'uploads'),
      KEY_DIR: join(dir, 'keys'),
      CONSOLE_DIR: dir,
    });
    app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
      bodyParser: false,
      logger: false,
    });
    configureApp(app);
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const login = (body: string) =>
    http().post(`${API}/auth/login`).set('Content-Type', 'application/json').send(body);

  it('answers malformed JSON with 400, not 404', async () => {
    const res = await login('{"username":').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST' });
  });

  it('answers a body over 1 MB with 413, not 404', async () => {
    const big = JSON.stringify({ username: 'admin', password: 'x'.repeat(2_000_000) });
    const res = await login(big).expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses JSON nested 100,000 deep with 400, not a 500 from a stack overflow', async () => {
    const res = await http()
      .post(`${API}/results/evaluate`)
      .set('Content-Type', 'application/json')
      .send(deepJson(100_000))
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'JSON_TOO_DEEP' });
  });

  it('still takes ordinary nesting (a sign-in answers 401 on a wrong password)', async () => {
    await login(JSON.stringify({ username: 'admin', password: 'wrong#Password1' })).expect(401);
  });
});
