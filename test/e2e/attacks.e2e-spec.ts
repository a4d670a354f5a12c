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
