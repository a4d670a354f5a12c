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
import { randomUUID } from 'node:crypto';
import {
  ADMIN_PASSWORD,
  adminToken,
  API,
  bearer,
  createTestApp,
  makeUser,
  type TestApp,
} from './harness';
import { seatedSession, type SeatedSession } from './scoring-fixture';

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

describe('attacks on scoring, reviews and decisions (e2e)', () => {
  let t: TestApp;
  let staff: string;
  let grader: string;
  let grader2: string;
  let s: SeatedSession;
  let sheet: string;
  let rows: { registrationId: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await adminToken(t);
    staff = (await makeUser(t, admin, { role: 'center-staff' })).token;
    const g = await makeUser(t, admin, { role: 'grader' });
    grader = g.token;
    const g2 = await makeUser(t, admin, { role: 'grader' });
    grader2 = g2.token;
    s = await seatedSession(t, admin, 2);
    await post(staff, 'grader-assignments', { graderId: g.id, sittingId: s.theory }).expect(201);
    await post(staff, 'grader-assignments', { graderId: g2.id, sittingId: s.theory }).expect(201);
    const list = await get(grader, 'score-sheets').expect(200);
    sheet = `score-sheets/${s.theory}/${list.body.items[0].examRoom}`;
    rows = (await get(grader, sheet).expect(200)).body.rows;
    await post(grader, `${sheet}/entries`, { slot: 1 }).expect(200);
  }, 120_000);
  afterAll(() => t.close());

  const get = (token: string, path: string) => t.http().get(`${API}/${path}`).set(bearer(token));
  const post = (token: string, path: string, body: object = {}) =>
    t.http().post(`${API}/${path}`).set(bearer(token)).send(body);
  const put = (token: string, path: string, body: object) =>
    t.http().put(`${API}/${path}`).set(bearer(token)).send(body);
  const score = (registrationId: string, value: number) => ({
    registrationId,
    mark: { kind: 'score', score: value },
  });

  it('finding 3: two marks for one seat in one save answer 400 naming the row, writing nothing', async () => {
    const id = rows[0].registrationId;
    const res = await put(grader, `${sheet}/entries/1/marks`, {
      version: 0,
      rows: [score(id, 50), score(rows[1].registrationId, 70), score(id, 90)],
    }).expect(400);
    expect(res.body.code).toBe('INVALID_MARKS');
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'rows.2.registrationId', code: 'DUPLICATE_ROW' }),
    ]);
    const entry = (await get(grader, `${sheet}/entries/1`).expect(200)).body;
    expect(entry.version).toBe(0);
    expect(entry.empty).toBe(2);
  });

  const RTL = '\u202e';
  it.each([
    ['the résumé (RTL override)', 'resume', `1990年参加工作${RTL}格合不`],
    ['the work summary (NUL)', 'workSummary', '总结\u0000'],
    ['the department opinion (BEL)', 'departmentOpinion', '同意\u0007'],
  ])(
    'finding 4: refuses control characters in %s of 附件4 (400 naming it)',
    async (_n, field, text) => {
      const form = {
        version: 0,
        resume: '1990年参加工作\n2000年起任汽车驾驶员',
        awards: '',
        achievements: [],
        teaching: '',
        workSummary: '总结',
        unitResult: '合格',
        departmentOpinion: '同意',
        [field]: text,
      };
      const unit = s.unit;
      const refused = await put(unit, `technician-reviews/${randomUUID()}`, form).expect(400);
      expect(refused.body.details).toEqual([
        expect.objectContaining({ field, code: 'isPlainText' }),
      ]);
      // Line breaks belong to paragraphs: the same form without the character passes validation.
      await put(unit, `technician-reviews/${randomUUID()}`, {
        ...form,
        [field]: '正文\r\n第二段',
      }).expect(404);
    },
  );

  it('finding 4: refuses control characters in a resolution note, a correction and an exempt decision', async () => {
    const id = randomUUID();
    const note = await post(staff, `score-results/${id}/resolve`, {
      version: 0,
      kind: 'absent',
      note: `核对纸质评分表${RTL}`,
    }).expect(400);
    expect(note.body.details).toEqual([
      expect.objectContaining({ field: 'note', code: 'isPlainText' }),
    ]);
    await post(staff, `score-results/${id}/correct`, {
      version: 0,
      kind: 'absent',
      reason: '误录\u0000',
    }).expect(400);
    await post(staff, `exempt-reviews/${id}/decision`, {
      decision: 'rejected',
      reason: '证书\u0007不符',
    }).expect(400);
    await post(staff, `score-results/${id}/resolve`, {
      version: 0,
      kind: 'absent',
      note: '核对纸质评分表：\n缺考',
    }).expect(404);
  });

  it('finding 5: a grader learns the lock state only of sittings assigned to them (404 otherwise)', async () => {
    await get(grader, `sittings/${s.theory}/score-lock`).expect(200);
    const res = await get(grader, `sittings/${s.practical}/score-lock`).expect(404);
    expect(res.body.code).toBe('SITTING_NOT_FOUND');
    await get(staff, `sittings/${s.practical}/score-lock`).expect(200);
  });

  it('finding 6: a correction that keeps the same mark is refused (409), leaving the mark as keyed', async () => {
    const marks = rows.map((r) => score(r.registrationId, 66));
    await post(grader2, `${sheet}/entries`, { slot: 2 }).expect(200);
    for (const [token, slot] of [
      [grader, 1],
      [grader2, 2],
    ] as const) {
      const v = (await get(token, `${sheet}/entries/${slot}`).expect(200)).body.version;
      await put(token, `${sheet}/entries/${slot}/marks`, { version: v, rows: marks }).expect(200);
      await post(token, `${sheet}/entries/${slot}/submit`, { version: v + 1 }).expect(200);
    }
    const row = (await get(staff, sheet).expect(200)).body.rows[0];
    expect(row).toMatchObject({ resultStatus: 'final', final: { score: 66 } });
    const path = `score-results/${row.resultId}/correct`;
    const same = { version: row.resultVersion, kind: 'score', score: 66, reason: '复核' };
    const res = await post(staff, path, same).expect(409);
    expect(res.body.code).toBe('MARK_UNCHANGED');
    const after = (await get(staff, sheet).expect(200)).body.rows[0];
    expect(after).toMatchObject({ resultVersion: row.resultVersion, final: { score: 66 } });
    await post(staff, path, { ...same, score: 67 }).expect(200);
  });
});
