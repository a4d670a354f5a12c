import type { Response } from 'supertest';
import { writeSummaryWorkbook } from '../../src/modules/documents/excel/summary-workbook';
import { pdfFile } from '../factories/files.factory';
import { insertCertificateEntry } from '../factories/ledger.factory';
import { idNumberFor, makeRegistration } from '../factories/registration.factory';
import { summaryRows } from '../factories/summary.factory';
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

const PAPER = {
  name: '李卫东',
  occupation: '汽车驾驶员',
  level: 'senior',
  certDate: '2012-06-01',
  certificateNumber: 'LN2012-00731',
  issuer: '大连市人力资源和社会保障局',
  note: '原件已核验',
};

describe('the certificate ledger (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let org: OrgFixture;
  let unitA1: string;
  let unitA2: string;
  let deptA: string;
  let grader: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    staff = (await makeUser(t, admin, { role: 'center-staff' })).token;
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    unitA2 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA2 })).token;
    deptA = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    grader = (await makeUser(t, admin, { role: 'grader' })).token;
  });
  afterAll(() => t.close());

  const enterPaper = (
    token: string,
    fields: Record<string, string>,
    file: Buffer | null = pdfFile(),
  ) => {
    const req = t.http().post(`${API}/ledger`).set(bearer(token));
    for (const [k, v] of Object.entries(fields)) void req.field(k, v);
    return file ? req.attach('file', file, '合格证明.pdf') : req;
  };
  const holdings = (token: string, idNumber: string) =>
    t.http().get(`${API}/ledger/holdings`).query({ idNumber }).set(bearer(token));
  const register = (token: string, body: Record<string, unknown>) =>
    t.http().post(`${API}/registrations`).set(bearer(token)).send(body);
  const noCurrent = { currentOccupation: null, currentLevel: null, currentCertDate: null };

  describe('paper certificates', () => {
    const person = idNumberFor('19700612');
    let entry: { id: string; version: number };

    it('records a paper 合格证明 with its evidence PDF, and serves the evidence back', async () => {
      const res = await enterPaper(staff, { ...PAPER, idNumber: person }).expect(201);
      expect(res.body).toMatchObject({
        ...PAPER,
        idNumber: `${person.slice(0, 4)}**********${person.slice(-4)}`,
        source: 'paper',
        levelName: '高级工',
        hasEvidence: true,
        active: true,
        version: 1,
        warnings: [],
      });
      entry = res.body;
      const pdf = await t
        .http()
        .get(`${API}/ledger/${entry.id}/evidence`)
        .set(bearer(admin))
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(Buffer.compare(pdf.body as Buffer, pdfFile())).toBe(0);
      const list = await t
        .http()
        .get(`${API}/ledger`)
        .query({ idNumber: person })
        .set(bearer(admin))
        .expect(200);
      expect(list.body).toMatchObject({ total: 1, items: [{ id: entry.id }] });
    });

    it('records an occupation the catalog no longer lists, as written, with a warning', async () => {
      const res = await enterPaper(staff, {
        ...PAPER,
        occupation: '电话交换机务员',
        idNumber: idNumberFor('19680301'),
      }).expect(201);
      expect(res.body.warnings[0]).toContain('不在2025年度职业目录中');
    });

    it.each<[string, Record<string, string>, Buffer | null, string]>([
      [
        'a wrong check character',
        { idNumber: '110105194912310021' },
        pdfFile(),
        '身份证号校验位不正确',
      ],
      ['a date after today', { certDate: '2025-07-02' }, pdfFile(), '晚于今天'],
      ['no evidence file', {}, null, '请上传文件'],
      ['a level that does not exist', { level: 'master' }, pdfFile(), 'level'],
    ])('refuses %s in Chinese', async (_n, over, file, text) => {
      const res = await enterPaper(
        staff,
        { ...PAPER, idNumber: idNumberFor('19720101'), ...over },
        file,
      );
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(text);
    });

    it('refuses evidence that is not a PDF', async () => {
      const res = await enterPaper(
        staff,
        { ...PAPER, idNumber: idNumberFor('19720102') },
        Buffer.from('hello'),
      );
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });

    it('answers 409 for the same person, occupation and level twice', async () => {
      const res = await enterPaper(staff, {
        ...PAPER,
        idNumber: person,
        certificateNumber: 'X-2',
      }).expect(409);
      expect(res.body).toMatchObject({ code: 'LEDGER_DUPLICATE' });
      expect(res.body.message).toContain('证书台账记录：汽车驾驶员 高级工，2012-06-01 取得');
    });

    it('lets only the center write or read the list', async () => {
      for (const token of [unitA1, deptA, grader])
        await enterPaper(token, { ...PAPER, idNumber: idNumberFor('19720103') }).expect(403);
      for (const token of [unitA1, deptA, grader])
        await t.http().get(`${API}/ledger`).set(bearer(token)).expect(403);
      await t
        .http()
        .patch(`${API}/ledger/${entry.id}`)
        .set(bearer(unitA1))
        .send({ reason: 'x', version: 1 })
        .expect(403);
      await holdings(grader, person).expect(403);
    });

    it('is corrected with a reason, against the version read, and the history shows before and after', async () => {
      await t
        .http()
        .patch(`${API}/ledger/${entry.id}`)
        .set(bearer(staff))
        .send({ name: '李卫东', version: 1 })
        .expect(400);
      const res = await t
        .http()
        .patch(`${API}/ledger/${entry.id}`)
        .set(bearer(staff))
        .send({ name: '李为东', reason: '姓名录入有误，按证书原件更正', version: 1 })
        .expect(200);
      expect(res.body).toMatchObject({ name: '李为东', version: 2 });
      const stale = await t
        .http()
        .patch(`${API}/ledger/${entry.id}`)
        .set(bearer(staff))
        .send({ note: '再次核验', reason: '补充说明', version: 1 })
        .expect(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      const history = await t
        .http()
        .get(`${API}/ledger/${entry.id}/history`)
        .set(bearer(admin))
        .expect(200);
      const actions = (history.body.items as { action: string }[]).map((i) => i.action);
      expect(actions).toEqual(expect.arrayContaining(['ledger.create-paper', 'ledger.correct']));
      const correction = (
        history.body.items as { action: string; before: unknown; after: unknown }[]
      ).find((i) => i.action === 'ledger.correct');
      expect(correction).toMatchObject({
        before: { name: '李卫东' },
        after: { name: '李为东', reason: '姓名录入有误，按证书原件更正' },
      });
    });

    it('corrects a certificate entry’s name but never points it at another certificate', async () => {
      const e = await insertCertificateEntry(t.writer, { idNumber: idNumberFor('19730505') });
      await t
        .http()
        .patch(`${API}/ledger/${e.id}`)
        .set(bearer(staff))
        .send({ name: '王建同', reason: '补发证书更名', version: 1 })
        .expect(200);
      const res = await t
        .http()
        .patch(`${API}/ledger/${e.id}`)
        .set(bearer(staff))
        .send({ certificateNumber: 'OTHER-1', reason: '改号', version: 2 })
        .expect(409);
      expect(res.body.code).toBe('LEDGER_CERTIFICATE_FIXED');
    });
  });

  describe('registration against the ledger', () => {
    const certified = idNumberFor('19750315');
    let cert: { certificateNumber: string | null };

    beforeAll(async () => {
      cert = await insertCertificateEntry(t.writer, { idNumber: certified });
      await insertCertificateEntry(t.writer, {
        idNumber: certified,
        occupation: '汽车驾驶员',
        level: 'technician',
        certDate: '2024-12-20',
        active: false,
      });
    });

    it('answers a form what to pre-fill: the current holding, without the person’s name', async () => {
      const res = await holdings(unitA1, certified).expect(200);
      expect(res.body.current).toEqual({
        occupation: '汽车驾驶员',
        level: 'senior',
        levelName: '高级工',
        certDate: '2016-05-20',
        source: 'certificate',
        certificateNumber: cert.certificateNumber,
      });
      expect(res.body.holdings).toHaveLength(1);
      expect(JSON.stringify(res.body)).not.toContain('王建国');
      await holdings(unitA1, '110105194912310021').expect(400);
    });

    it('refuses current facts that contradict the record (LEDGER_MISMATCH), naming the holding', async () => {
      const res = await register(
        unitA1,
        makeRegistration({
          idNumber: certified,
          currentLevel: 'intermediate',
          targetLevel: 'senior',
        }),
      ).expect(422);
      expect(res.body.code).toBe('LEDGER_MISMATCH');
      expect(res.body.message).toContain(
        `证书台账记录：汽车驾驶员 高级工，2016-05-20 取得（证书编号 ${cert.certificateNumber}）`,
      );
      expect(res.body.details[0]).toMatchObject({ field: 'currentLevel', code: 'LEDGER_MISMATCH' });
    });

    it('pre-fills empty current facts from the ledger when the registration is created', async () => {
      const res = await register(
        unitA1,
        makeRegistration({ idNumber: certified, ...noCurrent }),
      ).expect(201);
      expect(res.body).toMatchObject({
        currentOccupation: '汽车驾驶员',
        currentLevel: 'senior',
        currentCertDate: '2016-05-20',
        targetLevel: 'technician',
      });
      const patched = await t
        .http()
        .patch(`${API}/registrations/${res.body.id}`)
        .set(bearer(unitA1))
        .send({ currentCertDate: '2017-01-01', version: res.body.version })
        .expect(422);
      expect(patched.body.code).toBe('LEDGER_MISMATCH');
      await t.http().delete(`${API}/registrations/${res.body.id}`).set(bearer(unitA1)).expect(204);
    });

    it('decides 二(八) on the recorded holding even when the clerk leaves it empty', async () => {
      const res = await register(
        unitA1,
        makeRegistration({
          idNumber: certified,
          ...noCurrent,
          targetOccupation: '维修电工',
          targetLevel: 'technician',
        }),
      ).expect(422);
      expect(res.body.code).toBe('NOT_ELIGIBLE');
      expect(res.body.message).toContain(
        '由汽车驾驶员改报维修电工，属改变职业（工种），须先参加同一等级（高级工）的考核',
      );
    });

    it('keeps the typed facts for someone the ledger does not know', async () => {
      const res = await register(
        unitA2,
        makeRegistration({ idNumber: idNumberFor('19750322') }),
      ).expect(201);
      expect(res.body).toMatchObject({ currentLevel: 'senior', currentCertDate: '2016-05-20' });
    });

    it('reports LEDGER_MISMATCH per row and cell in the 附件2 import', async () => {
      const [row] = summaryRows(1, '汽车驾驶员');
      const file = await writeSummaryWorkbook(
        [
          {
            ...row,
            idNumber: certified,
            birthMonth: '1975-03',
            workStartDate: '1995-07-01',
            currentLevel: '中级工',
            currentCertDate: '2016-05-20',
            targetLevel: '高级工',
          },
        ],
        { title: '申报汇总表', departmentName: '大连市教育局' },
      );
      const res: Response = await t
        .http()
        .post(`${API}/registrations/import`)
        .set(bearer(unitA1))
        .attach('file', file, '附件2.xlsx')
        .expect(422);
      expect(res.body.details).toEqual([
        expect.objectContaining({
          row: expect.any(Number),
          column: '现职业等级情况/等级',
          code: 'LEDGER_MISMATCH',
        }),
      ]);
      expect(res.body.details[0].message).toContain('证书台账记录：汽车驾驶员 高级工');
    });
  });

  it('bounds a unit’s look-ups of people it never registered, and audits them', async () => {
    const clerk = (await makeUser(t, admin, { role: 'unit', unitId: org.unitB1 })).token;
    const own = idNumberFor('19750327');
    await register(clerk, makeRegistration({ idNumber: own })).expect(201);
    for (let i = 0; i < 5; i++) await holdings(clerk, own).expect(200);
    for (let i = 0; i < 20; i++)
      await holdings(clerk, idNumberFor(`198001${String(i + 1).padStart(2, '0')}`)).expect(200);
    const refused = await holdings(clerk, idNumberFor('19810101')).expect(429);
    expect(refused.body.code).toBe('DUPLICATE_PROBE_LIMIT');
    expect(refused.body.message).toContain('今日暂停查询证书台账');
    expect(JSON.stringify(refused.body)).not.toContain('occupation');
    await holdings(clerk, own).expect(200);
    await holdings(staff, idNumberFor('19810102')).expect(200);
    const audit = await t
      .http()
      .get(`${API}/audit`)
      .query({ action: 'ledger.holdings-lookup', pageSize: 100 })
      .set(bearer(admin))
      .expect(200);
    const outcomes = (audit.body.items as { outcome: string }[]).map((i) => i.outcome);
    expect(outcomes.filter((o) => o === 'denied')).toHaveLength(1);
    expect(outcomes.length).toBeGreaterThanOrEqual(21);
  });
});
