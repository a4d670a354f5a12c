import { scoreAndLock, seatedSession, type SeatedSession } from './scoring-fixture';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CertificateSigner } from '../../src/modules/certificates/signing/certificate-signer';
import * as ExcelJS from 'exceljs';
import { adminToken, API, bearer, binary, createTestApp, makeUser, type TestApp } from './harness';

const tmp = mkdtempSync(join(tmpdir(), 'certificates-'));
const pdfsig = (file: string): string => {
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
};
const pdfText = (pdf: Buffer): string =>
  execFileSync('pdftotext', ['-q', '-layout', '-', '-'], { input: pdf, encoding: 'utf8' });

interface Cert {
  id: string;
  number: string;
  name: string;
  status: string;
  registrationId?: string;
  level: string;
  idNumber: string;
  version: number;
  replacedByNumber: string | null;
  replacesNumber: string | null;
  unitName: string;
}

/**
 * Publishing a session's results (三): readiness, the explicit act, numbered certificates,
 * the freeze and its reopening, revocation and reissue, and public verification.
 */
describe('results publication and certificates (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let s: SeatedSession;
  let otherDepartment: string;
  /** The registration id of the 技师, 高级工 and 中级工 applicant. */
  const byLevel: Record<string, string> = {};

  const get = (token: string, path: string, query: object = {}) =>
    t.http().get(`${API}/${path}`).query(query).set(bearer(token));
  const post = (token: string, path: string, body: object = {}) =>
    t.http().post(`${API}/${path}`).set(bearer(token)).send(body);
  const status = async () => (await get(staff, 'results/publication').expect(200)).body;
  const certificates = async (token: string, query: object = {}) =>
    (await get(token, 'certificates', { examYear: 2025, pageSize: 100, ...query }).expect(200))
      .body as { items: Cert[]; total: number };
  const verify = (number: string, name: string) =>
    t.http().get(`${API}/public/certificates/verify`).query({ number, name });

  beforeAll(async () => {
    t = await createTestApp({ VERIFY_RATE_PER_MINUTE: '15' });
    admin = await adminToken(t);
    staff = (await makeUser(t, admin, { role: 'center-staff' })).token;
    // Three candidates of one unit: a 技师, a 高级工 and a 中级工 applicant (summaryRows order).
    s = await seatedSession(t, admin, 3);
    otherDepartment = (await makeUser(t, admin, { role: 'department', departmentId: s.org.deptB }))
      .token;
    for (const id of s.ids)
      byLevel[(await get(admin, `registrations/${id}`).expect(200)).body.targetLevel] = id;
    t.clock.set('2025-10-09T02:00:00Z');
  }, 120_000);
  afterAll(() => t.close());

  it('cannot publish while sittings are unlocked, and says so', async () => {
    const st = await status();
    expect(st).toMatchObject({ examYear: 2025, state: 'unpublished', candidates: 3, passed: 0 });
    expect(st.blockers).toContain('2 个考试场次的成绩尚未锁定');
    const res = await post(staff, 'results/publication', { examYear: 2025 }).expect(409);
    expect(res.body.code).toBe('RESULTS_NOT_READY');
    expect(res.body.message).toContain('成绩尚未锁定');
  });

  it('waits for the 技师 comprehensive review once every sitting is locked', async () => {
    const marks = { technician: [70, 75], senior: [80, 65], intermediate: [55, 90] };
    await scoreAndLock(
      t,
      admin,
      s,
      s.ids.map((id) => {
        const [theory, practical] = Object.entries(marks).find(([l]) => byLevel[l] === id)![1];
        return { theory, practical };
      }),
    );
    const st = await status();
    expect(st.blockers).toEqual(['1 名技师的综合评审结果尚未记录']);
    await post(staff, 'results/publication', { examYear: 2025 }).expect(409);
    // Before publishing only the center sees a preview of the list.
    const preview = await get(staff, 'results/pass-list.pdf', { examYear: 2025 })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdfText(preview.body as Buffer)).toContain('预览');
    const early = await get(s.department, 'results/pass-list.xlsx', { examYear: 2025 }).expect(404);
    expect(early.body.code).toBe('PASS_LIST_NOT_PUBLISHED');
  }, 60_000);

  it('publishes as an explicit, audited act and numbers one certificate per person passed', async () => {
    await post(admin, `registrations/${byLevel.technician}/cancel`, {
      reason: '提供虚假材料',
    }).expect(200);
    await post(s.unit, 'results/publication', { examYear: 2025 }).expect(403);
    const st = (await post(staff, 'results/publication', { examYear: 2025 }).expect(200)).body;
    expect(st).toMatchObject({
      state: 'published',
      round: 1,
      candidates: 2,
      passed: 1,
      issueDate: '2025-10-09',
      blockers: [],
      certificates: { valid: 1, revoked: 0, replaced: 0 },
    });
    const list = await certificates(staff);
    expect(list.items.map((c) => [c.number, c.status, c.level])).toEqual([
      ['DL2025-3-00001', 'valid', 'senior'],
    ]);
    const audit = await get(admin, 'audit', { action: 'results.published' }).expect(200);
    expect(audit.body.items[0]).toMatchObject({ entityType: 'exam-session' });
    const again = await post(staff, 'results/publication', { examYear: 2025 }).expect(409);
    expect(again.body.code).toBe('RESULTS_ALREADY_PUBLISHED');
  });

  it('records each certificate in the ledger, counted for sessions after its issue only', async () => {
    const [{ id_number: idNumber }]: { id_number: string }[] = await t.dataSource.query(
      `SELECT "id_number" FROM "registrations" WHERE "id" = ${t.dataSource.options.type === 'postgres' ? '$1' : '?'}`,
      [byLevel.senior],
    );
    const ledger = await get(staff, 'ledger', { idNumber }).expect(200);
    expect(ledger.body.items).toEqual([
      expect.objectContaining({
        source: 'certificate',
        level: 'senior',
        certDate: '2025-10-09',
        certificateNumber: 'DL2025-3-00001',
      }),
    ]);
    // Issued after 2025's counting date (07-31): not what anyone applied from in 2025.
    const holdings = await get(staff, 'ledger/holdings', { idNumber, examYear: 2025 }).expect(200);
    expect(holdings.body.current).toBeNull();
  });

  it('writes the pass list: internal edition with full ID and certificate number, public one masked', async () => {
    const [c] = (await certificates(staff)).items;
    const internal = await get(staff, 'results/pass-list.xlsx', { examYear: 2025 })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(internal.body);
    const ws = wb.getWorksheet('合格人员名单')!;
    expect(ws.getCell(1, 1).text).toContain(
      '2025年度大连市机关事业单位工勤技能人员技师及以下技术等级晋升考核合格人员名单',
    );
    expect((ws.getRow(2).values as string[]).slice(1)).toEqual([
      '序号',
      '主管部门',
      '姓名',
      '性别',
      '身份证号',
      '单位',
      '职业（工种）',
      '等级',
      '取得方式',
      '证书编号',
    ]);
    const row = (ws.getRow(3).values as (string | number)[]).slice(1);
    expect(row[0]).toBe(1);
    expect(row[2]).toBe(c.name);
    expect(String(row[4])).toMatch(/^\d{17}[\dX]$/);
    expect(row[7]).toBe('高级工');
    expect(row[8]).toBe('考试');
    expect(row[9]).toBe(c.number);
    const pub = await get(staff, 'results/pass-list.pdf', { examYear: 2025, edition: 'public' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = pdfText(pub.body as Buffer);
    expect(text).toContain('合格人员名单');
    expect(text).toContain(c.idNumber);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(text).not.toContain(c.number);
    const other = await get(otherDepartment, 'results/pass-list.xlsx', { examYear: 2025 })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(other.body);
    expect(wb2.getWorksheet('合格人员名单')!.rowCount).toBe(2);
  });

  it('freezes what a result depends on while published', async () => {
    const unlock = await post(admin, `sittings/${s.theory}/score-unlock`, { reason: '复核' });
    expect(unlock.status).toBe(409);
    expect(unlock.body.code).toBe('RESULTS_PUBLISHED');
    const cancel = await post(admin, `registrations/${byLevel.senior}/cancel`, { reason: '舞弊' });
    expect(cancel.body.code).toBe('RESULTS_PUBLISHED');
    const sheets = (await get(staff, 'score-sheets').expect(200)).body.items as {
      sittingId: string;
      examRoom: number;
    }[];
    const room = sheets.find((x) => x.sittingId === s.practical)!.examRoom;
    const [row] = (await get(staff, `score-sheets/${s.practical}/${room}`).expect(200)).body
      .rows as { resultId: string; resultVersion: number }[];
    const correct = await post(staff, `score-results/${row.resultId}/correct`, {
      kind: 'score',
      score: 99,
      version: row.resultVersion,
      reason: '复核',
    });
    expect(correct.status).toBe(409);
    expect(correct.body.code).toBe('RESULTS_PUBLISHED');
  });

  it('lists certificates within scope: the own department sees them, another none, a grader is refused', async () => {
    expect((await certificates(s.department)).total).toBe(1);
    expect((await certificates(s.unit)).total).toBe(1);
    expect((await certificates(otherDepartment)).total).toBe(0);
    const grader = (await makeUser(t, admin, { role: 'grader' })).token;
    await get(grader, 'certificates', { examYear: 2025 }).expect(403);
  });

  it('verifies publicly by number and name, masking what it shows', async () => {
    const [c] = (await certificates(staff)).items;
    const ok = await verify(c.number, c.name).expect(200);
    expect(ok.body).toMatchObject({ status: 'valid', number: c.number, levelName: '高级工' });
    expect(ok.body.name).toBe(`${[...c.name][0]}${'*'.repeat([...c.name].length - 1)}`);
    expect(ok.body.idNumber).toBe(c.idNumber);
    expect(c.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(JSON.stringify(ok.body)).not.toMatch(/\d{17}[\dX]/);
    const typed = await verify(` ${c.number.toLowerCase().replace('dl', 'ＤＬ')} `, c.name);
    expect(typed.body.status).toBe('valid');
    expect((await verify(c.number, '王五').expect(200)).body).toEqual({
      status: 'not-found',
      statusName: '未查到',
    });
    expect((await verify('DL2025-3-00999', c.name)).body.status).toBe('not-found');
    expect((await verify("DL2025-3-00001' OR '1'='1", c.name)).body.status).toBe('not-found');
  });

  it('serves the verification page as escaped HTML with no script', async () => {
    const [c] = (await certificates(staff)).items;
    const page = await t
      .http()
      .get(`${API}/public/certificates/page`)
      .query({ number: c.number, name: c.name })
      .expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).toContain('证书有效');
    expect(page.text).not.toMatch(/\d{17}[\dX]/);
    const evil = await t
      .http()
      .get(`${API}/public/certificates/page`)
      .query({ number: '"><script>alert(1)</script>', name: '<img src=x>' })
      .expect(200);
    expect(evil.text).not.toContain('<script>alert');
    expect(evil.text).toContain('&lt;img src=x&gt;');
    expect(evil.text).toContain('未查到');
  });

  it('leads from the signed QR code to a page that confirms the certificate; an altered code is refused', async () => {
    const [c] = (await certificates(staff)).items;
    const full: { id_number: string }[] = await t.dataSource.query(
      `SELECT "id_number" FROM "certificates" WHERE "number" = ${t.dataSource.options.type === 'postgres' ? '$1' : '?'}`,
      [c.number],
    );
    const qr = await t.app.get(CertificateSigner).qrTextFor({
      number: c.number,
      name: c.name,
      idNumber: full[0].id_number,
      occupation: '维修电工',
      level: 'senior',
      issueDate: '2025-10-09',
      examYear: 2025,
    });
    const url = new URL(qr);
    expect(url.pathname).toBe('/api/v1/public/certificates/page');
    const page = await t.http().get(`${url.pathname}${url.search}`).expect(200);
    expect(page.text).toContain('二维码签名有效');
    expect(page.text).toContain('证书有效');
    const forged = new URLSearchParams(url.search);
    const payload = JSON.parse(Buffer.from(forged.get('c')!, 'base64url').toString('utf8'));
    forged.set('c', Buffer.from(JSON.stringify({ ...payload, l: '技师' })).toString('base64url'));
    const refused = await t.http().get(`${url.pathname}?${forged.toString()}`).expect(200);
    expect(refused.text).toContain('二维码无效');
    expect(refused.text).not.toContain('证书有效');
  });

  it('gives a department its certificates as signed PDFs, one or all, and audits it', async () => {
    const [c] = (await certificates(s.department)).items;
    const one = await get(s.department, `certificates/${c.id}/pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(one.headers['content-type']).toBe('application/pdf');
    const file = join(tmp, 'one.pdf');
    writeFileSync(file, one.body as Buffer);
    expect(pdfsig(file)).toContain('Signature is Valid');
    expect(pdfText(one.body as Buffer)).toContain('合格证明');
    const batch = await get(s.department, 'certificates/batch.zip', { examYear: 2025 })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((batch.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    // One signed PDF per valid certificate, in a folder per unit.
    const zipFile = join(tmp, 'batch.zip');
    writeFileSync(zipFile, batch.body as Buffer);
    const unzipped = join(tmp, 'batch');
    execFileSync('unzip', ['-q', '-o', zipFile, '-d', unzipped]);
    const valid = (await certificates(s.department)).items.filter((x) => x.status === 'valid');
    const files = readdirSync(unzipped, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.pdf'),
    );
    expect(files.sort()).toEqual(
      valid.map((x) => `${x.unitName}/${x.number}-${x.name}.pdf`).sort(),
    );
    for (const f of files) expect(pdfsig(join(unzipped, f))).toContain('Signature is Valid');
    await get(otherDepartment, `certificates/${c.id}/pdf`).expect(404);
    const none = await get(otherDepartment, 'certificates/batch.pdf', { examYear: 2025 }).expect(
      404,
    );
    expect(none.body.code).toBe('NO_CERTIFICATES');
    const audit = await get(admin, 'audit', { action: 'certificate.downloaded' }).expect(200);
    expect(audit.body.total).toBeGreaterThan(0);
  });

  it('reopens only by the administrator with a reason; publishing again issues to new passers only', async () => {
    const st = await status();
    await post(staff, 'results/publication/reopen', {
      examYear: 2025,
      version: st.version,
      reason: '成绩复核',
    }).expect(403);
    const noReason = await post(admin, 'results/publication/reopen', {
      examYear: 2025,
      version: st.version,
      reason: ' ',
    }).expect(400);
    expect(noReason.body.code).toBe('VALIDATION_FAILED');
    const reopened = (
      await post(admin, 'results/publication/reopen', {
        examYear: 2025,
        version: st.version,
        reason: '理论成绩复核更正',
      }).expect(200)
    ).body;
    expect(reopened).toMatchObject({ state: 'reopened', reopenReason: '理论成绩复核更正' });
    // Correct candidate 3's theory (55 → 60) now that the results are open.
    await post(admin, `sittings/${s.theory}/score-unlock`, { reason: '复核更正' }).expect(200);
    const sheets = (await get(staff, 'score-sheets').expect(200)).body.items as {
      sittingId: string;
      examRoom: number;
    }[];
    const room = sheets.find((x) => x.sittingId === s.theory)!.examRoom;
    const rows = (await get(staff, `score-sheets/${s.theory}/${room}`).expect(200)).body.rows as {
      resultId: string;
      resultVersion: number;
      registrationId: string;
    }[];
    const row = rows.find((r) => r.registrationId === byLevel.intermediate)!;
    await post(staff, `score-results/${row.resultId}/correct`, {
      kind: 'score',
      score: 60,
      version: row.resultVersion,
      reason: '复核加分',
    }).expect(200);
    await post(staff, `sittings/${s.theory}/score-lock`).expect(200);
    const again = (await post(staff, 'results/publication', { examYear: 2025 }).expect(200)).body;
    expect(again).toMatchObject({ state: 'published', round: 2, passed: 2 });
    const numbers = (await certificates(staff)).items.map((c) => c.number).sort();
    expect(numbers).toEqual(['DL2025-3-00001', 'DL2025-4-00001']);
  }, 60_000);

  it('revokes a certificate with a reason: verification shows it revoked with the date', async () => {
    t.clock.set('2025-11-03T02:00:00Z');
    const c = (await certificates(staff)).items.find((x) => x.number === 'DL2025-3-00001')!;
    await post(s.department, `certificates/${c.id}/revoke`, {
      version: c.version,
      reason: '舞弊',
    }).expect(403);
    await post(staff, `certificates/${c.id}/revoke`, {
      version: c.version + 1,
      reason: '舞弊',
    }).expect(409);
    const revoked = (
      await post(staff, `certificates/${c.id}/revoke`, {
        version: c.version,
        reason: '事后查实考试舞弊',
      }).expect(200)
    ).body;
    expect(revoked).toMatchObject({ status: 'revoked', revokeReason: '事后查实考试舞弊' });
    expect((await verify(c.number, c.name)).body).toMatchObject({
      status: 'revoked',
      revokedOn: '2025-11-03',
    });
    const [ledger] = await t.dataSource.query(
      `SELECT "active" FROM "ledger_entries" WHERE "certificate_id" = $1`.replace(
        '$1',
        t.dataSource.options.type === 'postgres' ? '$1' : '?',
      ),
      [c.id],
    );
    expect(Boolean(ledger.active)).toBe(false);
    const twice = await post(staff, `certificates/${c.id}/revoke`, {
      version: revoked.version,
      reason: '再次',
    }).expect(409);
    expect(twice.body.code).toBe('CERTIFICATE_NOT_VALID');
  });

  it('reissues with a corrected name: a new number, the old one shows as replaced', async () => {
    const c = (await certificates(staff)).items.find((x) => x.number === 'DL2025-4-00001')!;
    const bad = await post(staff, `certificates/${c.id}/reissue`, {
      version: c.version,
      reason: '姓名更正',
      name: '张\u202e三',
    }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const fresh = (
      await post(staff, `certificates/${c.id}/reissue`, {
        version: c.version,
        reason: '姓名录入有误，更正',
        name: '测试更正',
      }).expect(200)
    ).body;
    expect(fresh).toMatchObject({
      number: 'DL2025-4-00002',
      name: '测试更正',
      status: 'valid',
      replacesNumber: 'DL2025-4-00001',
    });
    expect((await verify('DL2025-4-00001', c.name)).body).toMatchObject({
      status: 'replaced',
      replacedBy: 'DL2025-4-00002',
    });
    expect((await verify('DL2025-4-00002', '测试更正')).body.status).toBe('valid');
    expect((await verify('DL2025-4-00002', c.name)).body.status).toBe('not-found');
  });

  it('limits verifications per address, so numbers cannot be enumerated (429)', async () => {
    t.clock.set('2025-11-04T02:00:00Z');
    const codes: number[] = [];
    for (let i = 1; i <= 18; i++)
      codes.push((await verify(`DL2025-3-${String(i).padStart(5, '0')}`, '张三')).status);
    expect(codes.slice(0, 15).every((c) => c === 200)).toBe(true);
    expect(codes.slice(15)).toEqual([429, 429, 429]);
    const res = await verify('DL2025-3-00001', '张三').expect(429);
    expect(res.body.code).toBe('TOO_MANY_VERIFICATIONS');
    const page = await t
      .http()
      .get(`${API}/public/certificates/page`)
      .query({ number: 'x', name: 'y' });
    expect(page.status).toBe(429);
    expect(page.text).toContain('查询过于频繁');
    t.clock.set('2025-11-04T02:01:00Z');
    expect((await verify('DL2025-3-00001', '张三')).status).toBe(200);
  });
});
