import ExcelJS from 'exceljs';
import { readSummarySheet } from '../../src/modules/documents/excel/summary-sheet-reader';
import { idNumberFor, makeRegistration } from '../factories/registration.factory';
import {
  API,
  adminToken,
  bearer,
  binary,
  createTestApp,
  makeOrganizations,
  makeUser,
  OrgFixture,
  TestApp,
} from './harness';

/**
 * 附件2 per level (三(二)2–3): who is on the unit's, the department's and the center's
 * form; 免考复核认定 marked; filters outside the caller's scope answer 404.
 */
describe('附件2 exports: who is listed, and whose document it is (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgFixture;
  let unitA1: string;
  let unitB1: string;
  let deptA: string;
  let deptB: string;
  let batchA: string;
  let batchB: string;
  const id: Record<string, string> = {};

  const post = (token: string, path: string, body: object, status = 200) =>
    t.http().post(`${API}${path}`).set(bearer(token)).send(body).expect(status);

  const register = async (token: string, name: string, birth: string, extra = {}) => {
    const body = makeRegistration({
      name,
      idNumber: idNumberFor(birth),
      birthMonth: `${birth.slice(0, 4)}-${birth.slice(4, 6)}`,
      ...extra,
    });
    id[name] = (await post(token, '/registrations', body, 201)).body.id as string;
  };
  const ids = (...names: string[]) => names.map((n) => id[n]);

  /** The names on an exported 附件2 (in the form's order) and its 主管部门/单位 lines. */
  async function summary(token: string, query: Record<string, string> = {}) {
    const res = await t
      .http()
      .get(`${API}/registrations/summary.xlsx`)
      .query(query)
      .set(bearer(token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const body = res.body as Buffer;
    const read = await readSummarySheet(body);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
    return {
      names: read.rows.map((r) => r.values.name),
      levels: read.rows.map((r) => r.values.targetLevel),
      meta: read.meta,
      /** 主管部门：…（盖章）  单位：… */
      heading: wb.worksheets[0].getCell('A2').text,
      file: decodeURIComponent(String(res.headers['content-disposition'])),
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    unitB1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitB1 })).token;
    deptA = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    deptB = (await makeUser(t, admin, { role: 'department', departmentId: org.deptB })).token;

    // Names in pinyin order: an, bai, chen, ding, fan, gao, he, jiang, kong, li.
    const people = ['安四', '白五', '陈六', '丁七', '范十', '高八', '何九', '江一', '孔二', '李三'];
    for (const [i, name] of people.entries()) {
      const exempt = name === '范十';
      await register(unitA1, name, `197006${i + 10}`, {
        ...(exempt && {
          nationalCertificate: {
            level: 'technician',
            occupation: '汽车驾驶员',
            number: 'S2102000001',
            verified: true,
          },
        }),
      });
    }
    await register(unitB1, '马B', '19710101');
    const approve = (token: string, names: string[]) =>
      post(token, '/registrations/unit-review', {
        ids: ids(...names),
        decision: 'approve',
        conductAttested: true,
      });
    await approve(unitA1, people.slice(0, 7).concat('孔二', '李三'));
    await approve(unitB1, ['马B']);
    await post(
      unitA1,
      '/publicities',
      { registrationIds: ids('安四', '白五', '陈六', '丁七', '范十', '高八', '何九') },
      201,
    );
    await post(unitB1, '/publicities', {}, 201);

    t.clock.set('2025-07-08T02:00:00Z'); // the first publicities ended on 07-07
    await post(unitA1, '/publicities', { registrationIds: ids('李三') }, 201);
    await post(unitA1, '/registrations/submit-to-department', {
      ids: ids('白五', '陈六', '丁七', '范十', '高八', '何九'),
    });
    await post(unitB1, '/registrations/submit-to-department', { ids: ids('马B') });
    await post(deptA, '/registrations/department-review', {
      ids: ids('丁七', '范十'),
      decision: 'approve',
    });
    await post(deptA, '/registrations/department-review', {
      ids: ids('何九'),
      decision: 'return',
      reason: '证书复印件不清',
    });
    batchA = (await post(deptA, '/department-batches', {}, 201)).body.id as string;
    await post(deptA, '/registrations/department-review', {
      ids: ids('陈六'),
      decision: 'approve',
    });
    await post(deptB, '/registrations/department-review', { ids: ids('马B'), decision: 'approve' });
    batchB = (await post(deptB, '/department-batches', {}, 201)).body.id as string;
    await post(admin, `/registrations/${id['高八']}/cancel`, { reason: '伪造证书' });
  });
  afterAll(() => t.close());

  it("lists on the unit's form who passed its review and an ended publicity, and what moved on", async () => {
    const s = await summary(unitA1);
    expect(s.names).toEqual(['安四', '白五', '陈六', '丁七', '范十']);
    expect(s.heading).toBe('主管部门：大连市教育局（盖章）  单位：大连市第一中学');
  });

  it("lists on the department's form what its units reported, never a cancelled or returned one", async () => {
    const s = await summary(deptA);
    expect(s.names).toEqual(['白五', '陈六', '丁七', '范十']);
    expect(s.meta.departmentName).toBe('大连市教育局');
  });

  it("lists on the center's form what the departments reported", async () => {
    const all = await summary(admin);
    expect(all.names).toEqual(['丁七', '范十', '马B']);
    expect(all.meta.departmentName).toBe('（多个主管部门）');
    const one = await summary(admin, { departmentId: org.deptA });
    expect(one.names).toEqual(['丁七', '范十']);
    expect(one.meta.departmentName).toBe('大连市教育局');
  });

  it('marks the 免考复核认定 candidate (二(九)) in the 等级 cell, xlsx and PDF', async () => {
    const s = await summary(admin, { batchId: batchA });
    expect(s.levels).toEqual(['技师', '技师（免考复核认定）']);
    const pdf = await t
      .http()
      .get(`${API}/registrations/summary.pdf`)
      .query({ batchId: batchA })
      .set(bearer(admin))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exports one batch for the center, labelled with its department', async () => {
    const a = await summary(admin, { batchId: batchA });
    expect(a.names).toEqual(['丁七', '范十']);
    expect(a.meta.departmentName).toBe('大连市教育局');
    expect(a.file).toContain('大连市教育局');
    const b = await summary(deptB, { batchId: batchB });
    expect(b.names).toEqual(['马B']);
  });

  it.each([
    ['department', 'unitId', 'unitB1', 'UNIT_NOT_FOUND'],
    ['department', 'departmentId', 'deptB', 'DEPARTMENT_NOT_FOUND'],
    ['department', 'batchId', 'batchB', 'BATCH_NOT_FOUND'],
    ['unit', 'unitId', 'unitA2', 'UNIT_NOT_FOUND'],
    ['unit', 'departmentId', 'deptB', 'DEPARTMENT_NOT_FOUND'],
    ['unit', 'batchId', 'batchA', 'BATCH_NOT_FOUND'],
  ])('answers 404 to a %s filtering on a foreign %s (%s)', async (who, key, value, code) => {
    const ref: Record<string, string> = { ...org, batchA, batchB };
    const token = who === 'unit' ? unitA1 : deptA;
    for (const format of ['xlsx', 'pdf']) {
      const res = await t
        .http()
        .get(`${API}/registrations/summary.${format}`)
        .query({ [key]: ref[value] })
        .set(bearer(token))
        .expect(404);
      expect(res.body.code).toBe(code);
      expect(JSON.stringify(res.body)).not.toMatch(/卫生健康|中心医院|第二中学/);
    }
  });

  it('answers 404 to a unit, department and batch that cannot name one document', async () => {
    for (const query of [
      { unitId: org.unitB1, departmentId: org.deptA },
      { batchId: batchB, departmentId: org.deptA },
      { batchId: batchB, unitId: org.unitA1 },
      { batchId: '00000000-0000-4000-8000-000000000000' },
    ]) {
      await t
        .http()
        .get(`${API}/registrations/summary.xlsx`)
        .query(query)
        .set(bearer(admin))
        .expect(404);
    }
  });

  it('still answers for filters that are the caller’s own', async () => {
    expect((await summary(unitA1, { unitId: org.unitA1 })).names).toHaveLength(5);
    const own = await summary(deptA, { unitId: org.unitA1 });
    expect(own.heading).toBe('主管部门：大连市教育局（盖章）  单位：大连市第一中学');
    expect(own.names).toEqual(['白五', '陈六', '丁七', '范十']);
    const sibling = await summary(deptA, { unitId: org.unitA2 });
    expect(sibling).toMatchObject({
      names: [],
      heading: '主管部门：大连市教育局（盖章）  单位：大连市第二中学',
    });
  });
});
