import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isIdProblem, parseIdNumber } from '../../src/modules/registrations/domain/id-card';
import { pdfFile, pngImage } from '../factories/files.factory';
import { adminToken, API, binary, createTestApp, login, TestApp } from './harness';

/**
 * Checklist #9 (身份证号 exposure), covering later features by itself: every
 * GET endpoint in the OpenAPI document is called as each role on the DEMO=1
 * season (data at every stage), and every answer (JSON, xlsx, PDF as text)
 * is searched for full ID numbers. Only the documents the notice requires
 * to carry them may: 附件2 (its 身份证号 column) and the admission ticket
 * (checked at the door), plus the center's audited look-up of one number
 * and the evidence files as uploaded; those are not read.
 */
const MAY_CARRY_FULL_ID: Record<string, readonly string[]> = {
  '/api/v1/registrations/summary.xlsx': ['demo-unit', 'demo-dept', 'demo-staff'],
  '/api/v1/registrations/summary.pdf': ['demo-unit', 'demo-dept', 'demo-staff'],
  '/api/v1/tickets.pdf': ['demo-unit', 'demo-dept', 'demo-staff'],
  '/api/v1/tickets.zip': ['demo-unit', 'demo-dept', 'demo-staff'],
  '/api/v1/registrations/{id}/id-number': ['demo-staff'],
  // Evidence is served as the unit uploaded it (a certificate shows its holder's number).
  '/api/v1/registrations/{id}/files/{fileId}': ['demo-unit', 'demo-dept', 'demo-staff'],
  '/api/v1/registrations/{id}/photo': ['demo-unit', 'demo-dept', 'demo-staff'],
  // The 合格证明 carries its holder's 身份证号 (issue 11); the internal pass list is the
  // center's (and, once published, each department's own people); the public edition is masked.
  '/api/v1/certificates/{id}/pdf': ['demo-unit', 'demo-dept', 'demo-staff'],
  '/api/v1/certificates/batch.pdf': ['demo-unit', 'demo-dept', 'demo-staff'],
  '/api/v1/certificates/batch.zip': ['demo-unit', 'demo-dept', 'demo-staff'],
  '/api/v1/results/pass-list.xlsx': ['demo-unit', 'demo-dept', 'demo-staff'],
  '/api/v1/results/pass-list.pdf': ['demo-unit', 'demo-dept', 'demo-staff'],
  // A paper certificate's scan, as the center uploaded it.
  '/api/v1/ledger/{id}/evidence': ['demo-staff'],
};

const ROLES = ['demo-unit', 'demo-dept', 'demo-grader', 'demo-staff'] as const;
const PASSWORD = 'Demo#Crawl2026';
const TODAY = '2026-11-25';
const CANDIDATE = /(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/g;

/** Full ID numbers (GB 11643 valid) in a text. */
const fullIds = (text: string): string[] =>
  (text.match(CANDIDATE) ?? []).filter((s) => !isIdProblem(parseIdNumber(s)));

interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
}

describe('no full 身份证号 leaves the service except where the notice needs it (e2e, checklist #9)', () => {
  let t: TestApp;
  let tokens: Record<string, string>;
  let paths: Record<string, Record<string, Operation>>;
  const ids: Record<string, string> = {};
  const dir = mkdtempSync(join(tmpdir(), 'id-crawl-'));

  beforeAll(async () => {
    t = await createTestApp({ DEMO: '1', DEMO_PASSWORD: PASSWORD }, `${TODAY}T02:00:00Z`);
    tokens = Object.fromEntries(
      await Promise.all(ROLES.map(async (r) => [r, await login(t, r, PASSWORD)] as const)),
    );
    paths = (await t.http().get('/api/docs-json').expect(200)).body.paths;
    const staff = tokens['demo-staff'];
    const first = async (path: string, query: object = {}) =>
      (
        await t
          .http()
          .get(`${API}${path}`)
          .query({ pageSize: 1, ...query })
          .set({ Authorization: `Bearer ${staff}` })
          .expect(200)
      ).body.items[0] as Record<string, unknown>;
    ids.publicity = (await first('/publicities')).id as string;
    ids.batch = (await first('/department-batches')).id as string;
    ids.sitting = (await first('/sittings')).id as string;
    const sheet = await first('/score-sheets');
    ids.sheetSitting = sheet.sittingId as string;
    ids.sheetRoom = String(sheet.examRoom);
    ids.department = (await first('/departments')).id as string;
    ids.certificate =
      ((await first('/certificates'))?.id as string | undefined) ??
      '00000000-0000-4000-8000-000000000000';
    ids.unit = (await first('/units')).id as string;
    // A demo unit's technician whose 附件4 is filed and decided: every role's view is crawled.
    ids.review = (await first('/technician-reviews', { state: 'passed' })).registrationId as string;
    ids.account = (
      await t
        .http()
        .get(`${API}/accounts`)
        .set({ Authorization: `Bearer ${await adminToken(t)}` })
        .expect(200)
    ).body.items[0].id as string;
    // A registration of the unit's with a photo and a document, so file endpoints answer too.
    const unit = { Authorization: `Bearer ${tokens['demo-unit']}` };
    const own = (
      await t
        .http()
        .get(`${API}/registrations`)
        .query({ status: 'registered' })
        .set(unit)
        .expect(200)
    ).body.items[0].id as string;
    await t
      .http()
      .post(`${API}/registrations/${own}/photo`)
      .set(unit)
      .attach('file', pngImage(295, 413), 'photo.png')
      .expect(201);
    ids.file = (
      await t
        .http()
        .post(`${API}/registrations/${own}/documents?docType=certificate`)
        .set(unit)
        .attach('file', pdfFile(), 'cert.pdf')
        .expect(201)
    ).body.id as string;
    ids.ownRegistration = own;
    ids.ledgerPerson = '11010519491231002X';
    const paper = t
      .http()
      .post(`${API}/ledger`)
      .set({ Authorization: `Bearer ${staff}` });
    for (const [k, v] of Object.entries({
      idNumber: ids.ledgerPerson,
      name: '李卫东',
      occupation: '汽车驾驶员',
      level: 'senior',
      certDate: '2012-06-01',
      certificateNumber: 'LN2012-00731',
      issuer: '大连市人力资源和社会保障局',
    }))
      void paper.field(k, v);
    ids.ledger = (await paper.attach('file', pdfFile(), 'cert.pdf').expect(201)).body.id as string;
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const PATH_VALUES: Record<string, () => string> = {
    '/registrations/{id}': () => ids.ownRegistration,
    '/ledger/{id}': () => ids.ledger,
    '/files/{fileId}': () => ids.file,
    '/accounts/{id}': () => ids.account,
    '/publicities/{id}': () => ids.publicity,
    '/department-batches/{id}': () => ids.batch,
    '/sittings/{id}': () => ids.sitting,
    '/departments/{id}': () => ids.department,
    '/certificates/{id}': () => ids.certificate,
    '/units/{id}': () => ids.unit,
    '/technician-reviews/{id}': () => ids.review,
    '/exam-rooms/{examRoom}': () => '1',
    '/score-sheets/{sittingId}': () => ids.sheetSitting,
    '/{examRoom}': () => ids.sheetRoom,
    '/entries/{slot}': () => '1',
    '/exam-sessions/{year}': () => '2026',
    '/days/{date}': () => TODAY,
  };
  const QUERY_VALUES: Record<string, string> = {
    name: '维修电工',
    start: TODAY,
    days: '5',
    code: 'DLGQ:2026000000:x',
    number: 'DL2026-3-00001',
    idNumber: '11010519491231002X',
  };

  /** The URL to call, or null for a parameter this crawler cannot fill. */
  function urlOf(path: string, op: Operation): string | null {
    let url = path;
    for (const [pattern, value] of Object.entries(PATH_VALUES)) {
      const param = /\{(\w+)\}/.exec(pattern)![0];
      const prefix = pattern.slice(0, pattern.indexOf(param));
      const at = url.indexOf(`${prefix}${param}`);
      if (at >= 0) url = url.replace(`${prefix}${param}`, `${prefix}${value()}`);
    }
    if (/\{\w+\}/.test(url)) return null;
    const query = (op.parameters ?? [])
      .filter((p) => p.in === 'query' && p.required)
      .map((p) =>
        QUERY_VALUES[p.name] ? `${p.name}=${encodeURIComponent(QUERY_VALUES[p.name])}` : null,
      );
    if (query.includes(null)) return null;
    return query.length ? `${url}?${query.join('&')}` : url;
  }

  async function textOf(body: Buffer, type: string, name: string): Promise<string> {
    if (/json|text|csv/.test(type)) return body.toString('utf8');
    if (type.includes('spreadsheetml')) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
      const out: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => out.push(String(c.text)))));
      return out.join('\n');
    }
    if (type.includes('pdf')) {
      const file = join(dir, `${name.replace(/\W/g, '_')}.pdf`);
      writeFileSync(file, body);
      return execFileSync('pdftotext', ['-q', file, '-'], { encoding: 'utf8' });
    }
    return `<${type}: ${body.length} bytes not read>`;
  }

  it('crawls every GET endpoint as every role', async () => {
    const leaks: string[] = [];
    const unread: string[] = [];
    const readAs = new Map<string, string[]>();
    let read = 0;
    for (const [path, ops] of Object.entries(paths)) {
      const op = ops.get;
      if (!op || path === '/api/docs-json') continue;
      const url = urlOf(path, op);
      if (!url) {
        unread.push(`${path} (parameters)`);
        continue;
      }
      for (const role of ROLES) {
        const res = await t
          .http()
          .get(url)
          .set({ Authorization: `Bearer ${tokens[role]}` })
          .buffer(true)
          .parse(binary);
        if (res.status !== 200) continue;
        const type = String(res.headers['content-type'] ?? '');
        if (MAY_CARRY_FULL_ID[path]?.includes(role)) continue;
        const text = await textOf(res.body as Buffer, type, `${role}${path}`);
        read += 1;
        readAs.set(path, [...(readAs.get(path) ?? []), role]);
        const found = fullIds(text);
        if (found.length && !MAY_CARRY_FULL_ID[path]?.includes(role)) {
          leaks.push(`${path} as ${role}: ${found.length} full ID number(s)`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(unread).toEqual([]);
    expect(read).toBeGreaterThan(60);
    // 附件4 (a technician's review form and its PDF) is read as every role that may open it.
    for (const path of [
      '/api/v1/technician-reviews/{id}',
      '/api/v1/technician-reviews/{id}/form.pdf',
    ]) {
      expect([path, readAs.get(path)]).toEqual([path, ['demo-unit', 'demo-dept', 'demo-staff']]);
    }
  });

  it('prints 附件4 with the candidate’s facts but no ID number (the form has no such field)', async () => {
    const res = await t
      .http()
      .get(`${API}/technician-reviews/${ids.review}/form.pdf?copies=3`)
      .set({ Authorization: `Bearer ${tokens['demo-unit']}` })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = await textOf(res.body as Buffer, String(res.headers['content-type']), 'form');
    expect(text).toContain('王建军');
    expect(text).toContain('1974年3月');
    expect(text.replace(/\s/g, '')).not.toContain('身份证');
    expect(fullIds(text)).toEqual([]);
  });

  it('the check can fail: the demo 附件2 does carry full ID numbers', async () => {
    const res = await t
      .http()
      .get(`${API}/registrations/summary.xlsx`)
      .set({ Authorization: `Bearer ${tokens['demo-dept']}` })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = await textOf(res.body as Buffer, String(res.headers['content-type']), 'check');
    expect(fullIds(text).length).toBeGreaterThan(0);
  });
});
