import ExcelJS from 'exceljs';
import { readSummarySheet } from '../../src/modules/documents/excel/summary-sheet-reader';
import { idNumberFor, makeRegistration } from '../factories/registration.factory';
import {
  API,
  adminToken,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  OrgFixture,
  TestApp,
  binary,
} from './harness';

/** Fills the downloaded template's data rows (row 7 on) with the given cells. */
async function fillTemplate(template: Buffer, rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('申报汇总表')!;
  rows.forEach((cells, i) => cells.forEach((v, j) => (ws.getCell(7 + i, j + 1).value = v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const person = (
  seq: number,
  birth: string,
  level: string,
  target: string,
  extra: (string | null)[] = [],
) => [
  String(seq),
  `导入${'甲乙丙丁戊己庚'[seq - 1]}`,
  '男',
  `${birth.slice(0, 4)}.${birth.slice(4, 6)}`,
  idNumberFor(birth),
  '高中',
  '1995.07',
  '汽车驾驶员',
  level,
  '2016-05-20',
  '汽车驾驶员',
  target,
  ...extra,
];

describe('附件2: export, template and import (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgFixture;
  let unit: string;
  let dept: string;
  let template: Buffer;
  let first: (string | null)[];
  let publicityId: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    dept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    const res = await t
      .http()
      .get(`${API}/registrations/template.xlsx`)
      .set(bearer(unit))
      .buffer(true)
      .parse(binary)
      .expect(200);
    template = res.body as Buffer;
  });
  afterAll(() => t.close());

  const upload = (file: Buffer, dryRun = false) =>
    t
      .http()
      .post(`${API}/registrations/import${dryRun ? '?dryRun=true' : ''}`)
      .set(bearer(unit))
      .attach('file', file, { filename: '汇总表.xlsx', contentType: 'application/octet-stream' });
  const count = async () =>
    (await t.http().get(`${API}/registrations`).set(bearer(unit))).body.total as number;

  it('serves a template with the 附件2 header that reads back empty', async () => {
    const read = await readSummarySheet(template);
    expect(read.rows).toEqual([]);
  });

  it('previews, then imports a clean file in one go', async () => {
    first = person(1, '19700101', '高级工', '技师');
    const file = await fillTemplate(template, [
      first,
      person(2, '19710202', '高级工', '技师', ['正常晋升', '是']),
      person(3, '19720303', '高级工', '技师', [
        '退役士兵',
        '是',
        null,
        null,
        '技师',
        'S2102000001',
        '退役士兵承诺',
      ]),
    ]);
    const preview = await upload(file, true).expect(201);
    expect(preview.body).toMatchObject({ dryRun: true, rows: 3, valid: 3, created: 0, errors: [] });
    expect(await count()).toBe(0);
    const done = await upload(file).expect(201);
    expect(done.body).toMatchObject({ created: 3 });
    expect(await count()).toBe(3);
    const list = await t
      .http()
      .get(`${API}/registrations`)
      .query({ name: '导入丙' })
      .set(bearer(unit));
    expect(list.body.items[0]).toMatchObject({
      mode: 'exempt-review',
      clause: '二(九)',
      route: 'veteran',
    });
  });

  it('writes nothing when any row is wrong, and names every row and column', async () => {
    const bad = person(5, '19750505', '高级工', '技师');
    bad[4] = '210202197505051230';
    const file = await fillTemplate(template, [
      person(4, '19740404', '高级工', '技师'),
      bad,
      person(6, '19760606', '中级工', '技师'),
      first,
      [...person(7, '19770707', '高级工', '大师')],
    ]);
    const before = await count();
    const res = await upload(file).expect(422);
    expect(res.body.code).toBe('IMPORT_INVALID');
    expect(res.body.details.map((d: { row: number; column: string }) => [d.row, d.column])).toEqual(
      [
        [8, '身份证号'],
        [9, '申报资格'],
        [10, '身份证号'],
        [11, '申报职业等级情况/等级'],
      ],
    );
    expect(await count()).toBe(before);
  });

  it('names every import error by its Chinese column header, once per cell', async () => {
    const education = person(8, '19780808', '高级工', '技师');
    education[5] = '大专';
    const transfer = person(9, '19750909', '', '中级工', ['专业技术岗位转聘', '是', '工程师']);
    transfer.splice(7, 3, null, null, null);
    const formula = person(10, '19800110', '高级工', '技师');
    const file = await fillTemplate(template, [education, transfer, formula]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
    wb.getWorksheet('申报汇总表')!.getCell(9, 5).value = { formula: 'A1&"X"' };
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), true).expect(201);
    expect(res.body.errors.map((e: { row: number; column: string; code: string }) => e)).toEqual([
      {
        row: 7,
        column: '文化程度',
        code: 'EDUCATION_INVALID',
        message:
          '文化程度应为以下之一：研究生、大学本科、大学专科、中专、技校、高中、职高、初中、小学',
      },
      {
        row: 8,
        column: '专业技术职务',
        code: 'INVALID',
        message: expect.stringMatching(/不是可识别的专业技术职务/),
      },
      { row: 9, column: '身份证号', code: 'CELL_FORMULA', message: expect.any(String) },
    ]);
    const internal = /[a-z][A-Za-z]{3,}/;
    for (const e of res.body.errors as { column: string; message: string }[]) {
      expect([e.column, e.message].filter((text) => internal.test(text))).toEqual([]);
    }
  });

  it('exports 附件2 as xlsx ordered by occupation and level, reading back the same people', async () => {
    // 三(二)2: only who passed unit review and the publicity reaches the department's form.
    const ids = (await t.http().get(`${API}/registrations`).set(bearer(unit))).body.items.map(
      (r: { id: string }) => r.id,
    );
    await t
      .http()
      .post(`${API}/registrations/unit-review`)
      .set(bearer(unit))
      .send({ ids, decision: 'approve', conductAttested: true })
      .expect(200);
    publicityId = (await t.http().post(`${API}/publicities`).set(bearer(unit)).send({}).expect(201))
      .body.id;
    t.clock.set('2025-07-08T02:00:00Z');
    await t
      .http()
      .post(`${API}/registrations/submit-to-department`)
      .set(bearer(unit))
      .send({ ids })
      .expect(200);
    const res = await t
      .http()
      .get(`${API}/registrations/summary.xlsx`)
      .query({ filler: '张会计' })
      .set(bearer(dept))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/filename\*=UTF-8''/);
    const read = await readSummarySheet(res.body as Buffer);
    expect(read.meta).toMatchObject({ departmentName: '大连市教育局', filler: '张会计' });
    // Same occupation and level: names in Chinese (pinyin) order.
    expect(read.rows.map((r) => r.values.name)).toEqual(['导入丙', '导入甲', '导入乙']);
    // 导入丙 applied for 免考复核认定 (二(九)): marked in the 等级 cell, no extra column.
    expect(read.rows.map((r) => r.values.targetLevel)).toEqual([
      '技师（免考复核认定）',
      '技师',
      '技师',
    ]);
    expect(read.rows[0].values).toMatchObject({
      currentLevel: '高级工',
      targetOccupation: '汽车驾驶员',
    });
    expect(read.rows[0].values.idNumber).toMatch(/^\d{17}[\dX]$/);
  });

  it('exports 附件2 as PDF and audits every export', async () => {
    const res = await t
      .http()
      .get(`${API}/registrations/summary.pdf`)
      .set(bearer(unit))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const audit = await t
      .http()
      .get(`${API}/audit`)
      .query({ action: 'registration.export' })
      .set(bearer(admin));
    expect(audit.body.total).toBe(2);
  });

  it('prints the publicity list with ID numbers masked', async () => {
    const pdf = await t
      .http()
      .get(`${API}/publicities/${publicityId}/list.pdf`)
      .set(bearer(dept))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    await t.http().get(`${API}/publicities/${publicityId}/list.pdf`).set(bearer(admin)).expect(200);
  });

  it('refuses a broken upload clearly', async () => {
    const res = await upload(Buffer.from('PK\u0003\u0004garbage')).expect(400);
    expect(res.body.code).toBe('XLSX_INVALID');
    const single = makeRegistration();
    expect(single).toBeDefined();
  });
});
