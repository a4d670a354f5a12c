import type { Response } from 'supertest';
import { writeSummaryWorkbook } from '../../src/modules/documents/excel/summary-workbook';
import { makeRegistration } from '../factories/registration.factory';
import { summaryRows } from '../factories/summary.factory';
import {
  API,
  adminToken,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  TestApp,
} from './harness';

/** Attacks from the second round on the running service (issue 8), one test each. */
describe('attacks on registration input (e2e)', () => {
  let t: TestApp;
  let unit: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    const admin = await adminToken(t);
    const org = await makeOrganizations(t, admin);
    unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
  });
  afterAll(() => t.close());

  it.each(['张\n三', '张\t三', '张\uFEFF三', '张三\u2028李四', '张\u200B三'])(
    'finding 9: refuses the name %j, whose invisible characters would split a printed list',
    async (name) => {
      const res = await t
        .http()
        .post(`${API}/registrations`)
        .set(bearer(unit))
        .send(makeRegistration({ name }))
        .expect(400);
      expect(res.body.details).toContainEqual(
        expect.objectContaining({ field: 'name', code: 'NAME_INVISIBLE_CHARACTERS' }),
      );
    },
  );

  it('finding 9: surrounding invisible characters (a byte-order mark from a paste) are trimmed, never stored', async () => {
    const res = await t
      .http()
      .post(`${API}/registrations`)
      .set(bearer(unit))
      .send(makeRegistration({ name: '\uFEFF李雷\u2028' }))
      .expect(201);
    expect(res.body.name).toBe('李雷');
  });

  it('finding 9: refuses the same names in a 附件2 import, row by row, writing nothing', async () => {
    const rows = summaryRows(3);
    rows[1] = { ...rows[1], name: '王\n五' };
    const file = await writeSummaryWorkbook(rows, {
      title: '申报汇总表',
      departmentName: '大连市教育局',
    });
    const res = await t
      .http()
      .post(`${API}/registrations/import`)
      .set(bearer(unit))
      .attach('file', file, '附件2.xlsx')
      .expect(422);
    expect(res.body.details).toContainEqual(
      expect.objectContaining({ row: expect.any(Number), code: 'NAME_INVISIBLE_CHARACTERS' }),
    );
  });
});

describe('finding 6: whether an ID number is registered elsewhere is counted, audited and bounded (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let unitA1: string;
  let unitA2: string;
  const people = summaryRows(60);
  const meta = { title: '申报汇总表', departmentName: '大连市教育局' };

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    const org = await makeOrganizations(t, admin);
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    unitA2 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA2 })).token;
    await t
      .http()
      .post(`${API}/registrations/import`)
      .set(bearer(unitA1))
      .attach('file', await writeSummaryWorkbook(people.slice(0, 40), meta), '附件2.xlsx')
      .expect(201);
  });
  afterAll(() => t.close());

  const importAs = async (token: string, rows: typeof people, dryRun: boolean) =>
    t
      .http()
      .post(`${API}/registrations/import`)
      .query({ dryRun })
      .set(bearer(token))
      .attach('file', await writeSummaryWorkbook(rows, meta), '附件2.xlsx');

  const expectStatus = async (res: Promise<Response>, status: number) => {
    const r = await res;
    expect(r.status).toBe(status);
    return r;
  };

  const probeAudits = async () =>
    (
      await t
        .http()
        .get(`${API}/audit`)
        .query({ action: 'registration.duplicate-found', pageSize: 100 })
        .set(bearer(admin))
        .expect(200)
    ).body.items as { outcome: string; after: { found: number } }[];

  it('a unit’s own registrations are no secret and never count', async () => {
    const res = await expectStatus(importAs(unitA1, people.slice(0, 40), true), 201);
    expect(res.body.errors).toHaveLength(40);
    expect(res.body.errors[0]).toMatchObject({ code: 'PERSON_ALREADY_REGISTERED_HERE' });
    expect(await probeAudits()).toEqual([]);
    const dryRuns = await t
      .http()
      .get(`${API}/audit`)
      .query({ action: 'registration.import-dry-run' })
      .set(bearer(admin))
      .expect(200);
    expect(dryRuns.body.items[0]).toMatchObject({ after: { rows: 40, valid: 0, errors: 40 } });
  });

  it('another unit learns of a few, audited; past 20 in a day it learns nothing more and enters no one', async () => {
    const few = await expectStatus(importAs(unitA2, people.slice(0, 5), true), 201);
    expect(few.body.errors.map((e: { code: string }) => e.code)).toEqual(
      Array(5).fill('PERSON_ALREADY_REGISTERED'),
    );
    const bulk = await expectStatus(importAs(unitA2, people.slice(5, 40), true), 429);
    expect(bulk.body.code).toBe('DUPLICATE_PROBE_LIMIT');
    expect(JSON.stringify(bulk.body)).not.toMatch(/\d{17}[\dX]/);
    expect(bulk.body.details).toEqual([]);
    const audits = await probeAudits();
    expect(audits.map((a) => [a.outcome, a.after.found]).sort()).toEqual([
      ['denied', 35],
      ['success', 5],
    ]);
    // Once past the allowance, even a person nobody registered gets no answer today.
    const fresh = await t
      .http()
      .post(`${API}/registrations`)
      .set(bearer(unitA2))
      .send(makeRegistration())
      .expect(429);
    expect(fresh.body.code).toBe('DUPLICATE_PROBE_LIMIT');
    t.clock.set('2025-07-02T02:00:00Z');
    await expectStatus(importAs(unitA2, people.slice(40, 45), true), 201);
  });
});
