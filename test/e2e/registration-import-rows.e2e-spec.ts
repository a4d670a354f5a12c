import type { Response } from 'supertest';
import { writeSummaryWorkbook } from '../../src/modules/documents/excel/summary-workbook';
import type { SummaryRow } from '../../src/modules/registrations/domain/summary-row';
import { insertCertificateEntry } from '../factories/ledger.factory';
import { idNumberFor } from '../factories/registration.factory';
import { summaryRows } from '../factories/summary.factory';
import {
  API,
  adminToken,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  OrgFixture,
  TestApp,
} from './harness';

/**
 * The 附件2 import reads what its rows need (ledger entries, the session's registrations) once
 * per file and decides every row in memory: each row must still be decided on its own person's
 * record, exactly as the form decides one registration.
 */
describe('附件2 import: each row decided on its own person (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgFixture;
  let unitA1: string;
  let unitA2: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    unitA2 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA2 })).token;
  });
  afterAll(() => t.close());

  const meta = { title: '申报汇总表', departmentName: '大连市教育局' };
  const upload = async (
    token: string,
    rows: SummaryRow[],
    status: number,
    dryRun = false,
  ): Promise<Response> =>
    t
      .http()
      .post(`${API}/registrations/import${dryRun ? '?dryRun=true' : ''}`)
      .set(bearer(token))
      .attach('file', await writeSummaryWorkbook(rows, meta), '附件2.xlsx')
      .expect(status);
  /** A 维修电工 applicant for 高级工 → 技师 (or as given), born on `birth`. */
  const row = (birth: string, over: Partial<SummaryRow> = {}): SummaryRow => ({
    ...summaryRows(1)[0],
    name: `导入${'零一二三四五六七八九'[Number(birth[3])]}${'零一二三四五六七八九'[Number(birth[5])]}`,
    birthMonth: `${birth.slice(0, 4)}-${birth.slice(4, 6)}`,
    idNumber: idNumberFor(birth),
    workStartDate: `${Number(birth.slice(0, 4)) + 20}-09-01`,
    ...over,
  });
  const noCurrent = { currentOccupation: null, currentLevel: null, currentCertDate: null };
  /** A 维修电工 certificate in the ledger. */
  const holds = (idNumber: string, level: 'intermediate' | 'senior', certDate: string) =>
    insertCertificateEntry(t.writer, { idNumber, occupation: '维修电工', level, certDate });
  const registrationOf = async (idNumber: string) =>
    (await t.http().get(`${API}/registrations`).query({ idNumber }).set(bearer(admin)).expect(200))
      .body.items as Record<string, unknown>[];

  it('takes each person’s holding from their own ledger record, as of the counting date', async () => {
    const recorded = row('19680203', noCurrent);
    const mismatched = row('19690304', { currentLevel: '高级工', currentCertDate: '2016-05-20' });
    const unknown = row('19700405', {
      currentLevel: '中级工',
      currentCertDate: '2014-06-01',
      targetLevel: '高级工',
    });
    const laterCert = row('19710506', {
      currentLevel: '中级工',
      currentCertDate: '2014-06-01',
      targetLevel: '高级工',
    });
    await holds(recorded.idNumber, 'senior', '2016-05-20');
    await holds(mismatched.idNumber, 'intermediate', '2016-05-20');
    await holds(laterCert.idNumber, 'intermediate', '2014-06-01');
    // 取证时间可计算至 7 月 31 日: a level obtained after it is not what the person applies from.
    await holds(laterCert.idNumber, 'senior', '2025-08-15');

    const preview = await upload(unitA1, [recorded, mismatched, unknown, laterCert], 201, true);
    expect(preview.body).toMatchObject({ rows: 4, valid: 3 });
    expect(preview.body.errors).toEqual([
      {
        row: preview.body.errors[0].row,
        column: '现职业等级情况/等级',
        code: 'LEDGER_MISMATCH',
        message: expect.stringContaining('证书台账记录：维修电工 中级工'),
      },
    ]);

    await upload(unitA1, [recorded, unknown, laterCert], 201);
    expect(await registrationOf(recorded.idNumber)).toEqual([
      expect.objectContaining({
        currentOccupation: '维修电工',
        currentLevel: 'senior',
        currentCertDate: '2016-05-20',
        targetLevel: 'technician',
      }),
    ]);
    for (const typed of [unknown, laterCert]) {
      expect(await registrationOf(typed.idNumber)).toEqual([
        expect.objectContaining({ currentLevel: 'intermediate', currentCertDate: '2014-06-01' }),
      ]);
    }
  });

  it('refuses the second row of one person in a file, after judging it on its own', async () => {
    const person = row('19720607', noCurrent);
    await holds(person.idNumber, 'senior', '2016-05-20');
    const contradicting = { ...person, currentLevel: '中级工', currentCertDate: '2016-05-20' };
    const res = await upload(unitA1, [person, person, contradicting], 201, true);
    const first = res.body.errors[0].row - 1;
    expect(res.body).toMatchObject({ rows: 3, valid: 1 });
    expect(res.body.errors).toEqual([
      {
        row: first + 1,
        column: '身份证号',
        code: 'DUPLICATE_IN_FILE',
        message: `与第 ${first} 行是同一人`,
      },
      expect.objectContaining({
        row: first + 2,
        column: '现职业等级情况/等级',
        code: 'LEDGER_MISMATCH',
      }),
    ]);
  });

  it('tells a person registered by another unit from one registered by this unit', async () => {
    const elsewhere = row('19730708');
    const here = row('19740809');
    const fresh = row('19750910');
    await upload(unitA2, [elsewhere], 201);
    await upload(unitA1, [here], 201);
    const res = await upload(unitA1, [elsewhere, here, fresh], 201, true);
    expect(res.body).toMatchObject({ rows: 3, valid: 1 });
    expect(res.body.errors.map((e: { code: string; message: string }) => e)).toEqual([
      expect.objectContaining({
        column: '身份证号',
        code: 'PERSON_ALREADY_REGISTERED',
        message: '此人本年度已有报名记录',
      }),
      expect.objectContaining({
        column: '身份证号',
        code: 'PERSON_ALREADY_REGISTERED_HERE',
        message: '本单位本年度已为此人报名',
      }),
    ]);
    const refused = await upload(unitA1, [fresh, elsewhere], 422);
    expect(refused.body.code).toBe('IMPORT_INVALID');
    expect(await registrationOf(fresh.idNumber)).toEqual([]);
  });

  it('reads the ledger for people past the first 500 rows of a file too', async () => {
    const rows = summaryRows(520);
    const last = rows[rows.length - 1];
    await holds(last.idNumber, 'intermediate', last.currentCertDate!);
    const res = await upload(unitA1, rows, 201, true);
    const mismatches = res.body.errors.filter(
      (e: { code: string }) => e.code === 'LEDGER_MISMATCH',
    );
    expect(mismatches).toEqual([
      expect.objectContaining({
        row: 6 + rows.length,
        column: '现职业等级情况/等级',
        message: expect.stringContaining('证书台账记录：维修电工 中级工'),
      }),
    ]);
  });
});
