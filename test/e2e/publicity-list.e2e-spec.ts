import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import type { Principal } from '../../src/common/auth/principal';
import { RegistrationDocumentsService } from '../../src/modules/registrations/registration-documents.service';
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

const cellText = (cell: TableCell): string =>
  typeof cell === 'string' ? cell : JSON.stringify(cell);

/** The publicity list (三(二)2) prints what was published when the publicity began. */
describe('publicity list: frozen at publication (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgFixture;
  let unit: string;
  let dept: string;
  let publicityId: string;
  let unitPrincipal: Principal;
  const id: Record<string, string> = {};

  /** Who applies for what; 王五 holds a verified national 技师 certificate (二(九)). */
  const PEOPLE: [string, Record<string, unknown>][] = [
    ['张三', {}],
    ['赵六', {}],
    ['陈明', {}],
    [
      '李四',
      { targetLevel: 'senior', currentLevel: 'intermediate', currentCertDate: '2015-06-01' },
    ],
    ['范冰', { targetLevel: 'junior', currentOccupation: null, currentLevel: null, currentCertDate: null }], // prettier-ignore
    ['丁一', { targetOccupation: '收银员', currentOccupation: '收银员', targetLevel: 'senior', currentLevel: 'intermediate', currentCertDate: '2015-06-01' }], // prettier-ignore
    ['安娜', { targetOccupation: '维修电工', currentOccupation: '维修电工' }],
    ['王五', { targetOccupation: '维修电工', currentOccupation: '维修电工', nationalCertificate: { level: 'technician', occupation: '维修电工', number: 'S2102000009', verified: true } }], // prettier-ignore
    ['白云', { targetOccupation: '中式烹调师', currentOccupation: '中式烹调师', targetLevel: 'intermediate', currentLevel: 'junior', currentCertDate: '2015-06-01' }], // prettier-ignore
  ];

  const param = () => (t.dataSource.options.type === 'postgres' ? '$1' : '?');

  async function listDoc() {
    const { doc } = await t.app.get(RegistrationDocumentsService).publicityListDoc(unitPrincipal, publicityId); // prettier-ignore
    const table = (doc.content as Content[]).find(
      (c) => typeof c === 'object' && 'table' in c,
    ) as ContentTable;
    const rows = table.table.body.slice(1);
    return {
      json: JSON.stringify(doc.content),
      names: rows.map((r) => cellText(r[1])),
      levels: rows.map((r) => cellText(r[6])),
      units: new Set(rows.map((r) => cellText(r[4]))),
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    dept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    unitPrincipal = {
      accountId: 'test',
      username: 'test-unit',
      role: 'unit',
      scope: { kind: 'unit', departmentId: org.deptA, unitId: org.unitA1 },
    };
    for (const [i, [name, over]] of PEOPLE.entries()) {
      const birth = `1972030${i + 1}`;
      const body = makeRegistration({
        name,
        idNumber: idNumberFor(birth),
        birthMonth: '1972-03',
        ...over,
      });
      const res = await t.http().post(`${API}/registrations`).set(bearer(unit)).send(body);
      expect(res.status).toBe(201);
      id[name] = res.body.id as string;
    }
    await t
      .http()
      .post(`${API}/registrations/unit-review`)
      .set(bearer(unit))
      .send({ ids: Object.values(id), decision: 'approve', conductAttested: true })
      .expect(200);
    const pub = await t
      .http()
      .post(`${API}/publicities`)
      .set(bearer(unit))
      .send({ contactPerson: '刘晓东', contactPhone: '0411-82781234' })
      .expect(201);
    publicityId = pub.body.id as string;
    expect(pub.body).toMatchObject({ count: 9, objectionCount: 0, contactPerson: '刘晓东' });
    await t
      .http()
      .post(`${API}/registrations/${id['张三']}/objections`)
      .set(bearer(dept))
      .send({ reason: '群众反映工作年限不实' })
      .expect(200);
  });
  afterAll(() => t.close());

  it('still reads 9 after an objection, the objected person included', async () => {
    const list = await listDoc();
    expect(list.json).toContain('现将以下 9 名申报人员予以公示');
    expect(list.names).toHaveLength(9);
    expect(list.names).toContain('张三');
    const res = await t.http().get(`${API}/publicities/${publicityId}`).set(bearer(unit));
    expect(res.body).toMatchObject({ count: 9, objectionCount: 1 });
  });

  it('orders rows as 附件2: occupation, 初级工 → 技师, names by pinyin', async () => {
    expect((await listDoc()).names).toEqual([
      '范冰', '李四', '陈明', '张三', '赵六', '丁一', '安娜', '王五', '白云',
    ]); // prettier-ignore
  });

  it('writes dates as 年月日, names whom to tell about an objection, marks 免考复核认定', async () => {
    const list = await listDoc();
    expect(list.json).toContain('公示时间为2025年7月1日至2025年7月7日');
    expect(list.json).toContain('"2025年7月1日"');
    expect(list.json).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(list.json).toContain('联系人：刘晓东');
    expect(list.json).toContain('联系电话：0411-82781234');
    expect(list.levels[7]).toContain('（免考复核认定）');
    expect(list.levels.filter((l) => l.includes('免考复核认定'))).toHaveLength(1);
  });

  it('keeps the published names when the unit is renamed, and stores no full ID number', async () => {
    await t
      .http()
      .patch(`${API}/units/${org.unitA1}`)
      .set(bearer(admin))
      .send({ name: '大连市第一中学（新校区）' })
      .expect(200);
    expect((await listDoc()).units).toEqual(new Set(['大连市第一中学']));
    const [row] = await t.dataSource.query(
      `SELECT snapshot FROM publicities WHERE id = ${param()}`,
      [publicityId],
    );
    expect(String(row.snapshot)).toContain('刘晓东');
    expect(String(row.snapshot)).not.toMatch(/\d{17}[\dX]/);
  });

  it('serves the list as PDF to the unit, its department and the center', async () => {
    for (const token of [unit, dept, admin]) {
      const pdf = await t
        .http()
        .get(`${API}/publicities/${publicityId}/list.pdf`)
        .set(bearer(token))
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('rebuilds a list published before lists were kept, objected people included', async () => {
    await t.writer.query(`UPDATE publicities SET snapshot = NULL WHERE id = ${param()}`, [
      publicityId,
    ]);
    const list = await listDoc();
    expect(list.names).toHaveLength(9);
    expect(list.json).toContain('联系人：\u3000');
  });
});
