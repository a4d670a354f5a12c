import { writeSummaryWorkbook } from '../../src/modules/documents/excel/summary-workbook';
import { summaryRows } from '../factories/summary.factory';
import {
  API,
  adminToken,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  TestApp,
  allIds,
} from './harness';

/** Issue 3 "done when": 500 registrations from import to the center in a handful of bulk calls. */
describe('500 registrations through every review step (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
  });
  afterAll(() => t.close());

  it('imports, reviews, publicizes, submits, re-reviews, reports and files 500 applicants', async () => {
    const admin = await adminToken(t);
    const org = await makeOrganizations(t, admin);
    const unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    const dept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    const file = await writeSummaryWorkbook(summaryRows(500), {
      title: '申报汇总表',
      departmentName: '大连市教育局',
    });

    const imported = await t
      .http()
      .post(`${API}/registrations/import`)
      .set(bearer(unit))
      .attach('file', file, '附件2.xlsx')
      .expect(201);
    expect(imported.body.created).toBe(500);

    const ids = await allIds(t, unit, { status: 'registered' });
    expect(ids).toHaveLength(500);

    await t
      .http()
      .post(`${API}/registrations/unit-review`)
      .set(bearer(unit))
      .send({ ids, decision: 'approve', conductAttested: true })
      .expect(200);
    const pub = await t.http().post(`${API}/publicities`).set(bearer(unit)).send({}).expect(201);
    expect(pub.body).toMatchObject({ count: 500, endDate: '2025-07-07' });
    t.clock.set('2025-07-08T02:00:00Z');
    await t
      .http()
      .post(`${API}/registrations/submit-to-department`)
      .set(bearer(unit))
      .send({ ids })
      .expect(200);
    await t
      .http()
      .post(`${API}/registrations/department-review`)
      .set(bearer(dept))
      .send({ ids, decision: 'approve' })
      .expect(200);
    const batch = await t
      .http()
      .post(`${API}/department-batches`)
      .set(bearer(dept))
      .send({})
      .expect(201);
    expect(batch.body.count).toBe(500);
    const accepted = await t
      .http()
      .post(`${API}/department-batches/${batch.body.id}/accept`)
      .set(bearer(admin))
      .expect(200);
    expect(accepted.body.count).toBe(500);

    expect(await allIds(t, dept, { status: 'accepted' })).toHaveLength(500);
    const verify = await t.http().get(`${API}/audit/verify`).set(bearer(admin)).expect(200);
    expect(verify.body.intact).toBe(true);
  });
});
