import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import * as yauzl from 'yauzl';
import { ticketQrPayload } from '../../src/modules/scheduling/domain/ticket-number';
import { exemptCertificate, fileWithCenter, register } from './filing';
import {
  API,
  adminToken,
  bearer,
  binary,
  createTestApp,
  makeOrganizations,
  makeUser,
  storedTicketSecret,
  TestApp,
} from './harness';

function zipEntries(buffer: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.readEntry();
    });
  });
}

const pdfText = (pdf: Buffer): string => {
  const out = spawnSync('pdftotext', ['-', '-'], { input: pdf });
  if (out.status !== 0) throw new Error('pdftotext failed');
  return out.stdout.toString('utf8');
};

/** Keeps a document for a look when E2E_ARTIFACTS names a directory. */
const artifact = (name: string, body: Buffer) => {
  if (process.env.E2E_ARTIFACTS) writeFileSync(join(process.env.E2E_ARTIFACTS, name), body);
};

const workbookText = async (body: Buffer): Promise<string> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  const texts: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => texts.push(c.text))));
  return texts.join('\n');
};

/**
 * 四(三) "一经发现……一律取消其报考资格和成绩": the center cancels at any stage, with a reason;
 * the candidate leaves every later list and sheet, and stays in the audit and the history.
 */
describe('cancelling qualification (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let unit: string;
  let dept: string;
  let id: Record<string, string>;
  let examRoom: number;

  const post = (token: string, path: string, body: object = {}) =>
    t.http().post(`${API}${path}`).set(bearer(token)).send(body);
  const file = (token: string, path: string) =>
    t.http().get(`${API}${path}`).set(bearer(token)).buffer(true).parse(binary).expect(200);
  const cancel = (who: string, reason = '弄虚作假') =>
    post(staff, `/registrations/${id[who]}/cancel`, { reason });

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    staff = (await makeUser(t, admin, { role: 'center-staff' })).token;
    const org = await makeOrganizations(t, admin);
    unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    dept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    id = await register(t, unit, [
      ['张一', '19680101'],
      ['王二', '19680202'],
      ['李三', '19680303'],
      ['赵四', '19680404'],
      ['钱五', '19680505'],
      ['孙六', '19680606'],
      ['周七', '19680707', exemptCertificate(), ['national-certificate', 'national-verification']],
    ]);
    const filed = ['张一', '王二', '李三', '赵四', '钱五', '周七'].map((n) => id[n]);
    await fileWithCenter(t, { unit, department: dept, center: admin }, filed);
    const venue = await post(admin, '/venues', { name: '大连市第一考点', address: '人民路1号' });
    await post(admin, `/venues/${venue.body.id}/rooms`, { name: '一号楼201', capacity: 20 });
    for (const [component, startTime, endTime] of [
      ['theory', '09:00', '11:00'],
      ['practical', '14:00', '16:00'],
    ]) {
      await post(admin, '/sittings', {
        paperCategory: '汽车驾驶员',
        component,
        date: '2025-09-13',
        startTime,
        endTime,
        venueId: venue.body.id,
      }).expect(201);
    }
  });
  afterAll(() => t.close());

  it('needs a reason, and only the center may cancel', async () => {
    const bare = await post(staff, `/registrations/${id['孙六']}/cancel`).expect(400);
    expect(bare.body.details[0].field).toBe('reason');
    await post(staff, `/registrations/${id['孙六']}/cancel`, { reason: '  ' }).expect(400);
    await post(unit, `/registrations/${id['孙六']}/cancel`, { reason: 'x' }).expect(403);
    await post(dept, `/registrations/${id['孙六']}/cancel`, { reason: 'x' }).expect(403);
  });

  it('cancels a registration the unit has not yet reviewed, once', async () => {
    const res = await cancel('孙六').expect(200);
    expect(res.body).toMatchObject({ count: 1, status: '已取消报考资格' });
    expect((await cancel('孙六').expect(409)).body.code).toBe('ILLEGAL_STATE_TRANSITION');
  });

  it('cancels a filed candidate before seating: allocation leaves them out', async () => {
    await cancel('钱五', '伪造证书').expect(200);
    await post(admin, '/scheduling/allocate').expect(200);
    const seated = await t.dataSource.query(
      `SELECT DISTINCT registration_id FROM seat_assignments`,
    );
    expect(seated.map((r: { registration_id: string }) => r.registration_id).sort()).toEqual(
      ['张一', '王二', '李三', '赵四'].map((n) => id[n]).sort(),
    );
    const [{ exam_room: room }] = await t.dataSource.query(
      `SELECT exam_room FROM seat_assignments LIMIT 1`,
    );
    examRoom = Number(room);
  });

  it('cancels a seated and ticketed candidate after publishing', async () => {
    await post(admin, '/scheduling/publish').expect(200);
    await cancel('李三', '替考').expect(200);
  });

  it('drops them from the tickets PDF and zip', async () => {
    t.clock.set('2025-08-18T02:00:00Z');
    const pdf = (await file(dept, '/tickets.pdf')).body as Buffer;
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(3);
    const text = pdfText(pdf);
    expect(text).toContain('张一');
    expect(text).not.toContain('李三');
    const zip = (await file(unit, '/tickets.zip')).body as Buffer;
    const names = await zipEntries(zip);
    expect(names).toHaveLength(3);
    expect(names.some((n) => n.includes('李三'))).toBe(false);
  });

  it('answers the door check that the cancelled candidate’s genuine ticket is void', async () => {
    const [{ ticket_number: number }] = await t.dataSource.query(
      `SELECT ticket_number FROM tickets WHERE registration_id = '${id['李三']}'`,
    );
    const secret = await storedTicketSecret(t);
    const res = await t
      .http()
      .get(`${API}/tickets/verify`)
      .query({ code: ticketQrPayload(number, secret) })
      .expect(200);
    expect(res.body).toMatchObject({
      valid: false,
      void: true,
      ticketNumber: number,
      status: '已取消报考资格',
      message: '准考证已作废：已取消报考资格，不得参加考核',
      sittings: [],
    });
    const [{ ticket_number: other }] = await t.dataSource.query(
      `SELECT ticket_number FROM tickets WHERE registration_id = '${id['张一']}'`,
    );
    const ok = await t
      .http()
      .get(`${API}/tickets/verify`)
      .query({ code: ticketQrPayload(other, secret) })
      .expect(200);
    expect(ok.body).toMatchObject({ valid: true, void: false, message: '准考证有效' });
  });

  it('drops them from the seating chart and the sign-in sheets', async () => {
    const chartPdf = (await file(admin, `/exam-rooms/${examRoom}/seating-chart.pdf`)).body;
    artifact('cancelled-seating-chart.pdf', chartPdf);
    const chart = pdfText(chartPdf);
    expect(chart).toContain('张一');
    expect(chart).not.toContain('李三');
    const signInPdf = (await file(admin, `/exam-rooms/${examRoom}/sign-in.pdf`)).body;
    artifact('cancelled-sign-in.pdf', signInPdf);
    const signIn = pdfText(signInPdf);
    expect(signIn).not.toContain('李三');
    expect(signIn).toContain('本考场应考 3 人');
    const xlsx = await workbookText(
      (await file(admin, `/exam-rooms/${examRoom}/sign-in.xlsx`)).body,
    );
    expect(xlsx).toContain('王二');
    expect(xlsx).not.toContain('李三');
    expect(xlsx).not.toContain('已取消资格');
    const rooms = await t.http().get(`${API}/exam-rooms`).set(bearer(admin)).expect(200);
    expect(rooms.body.items[0]).toMatchObject({ seated: 3, cancelled: 1 });
  });

  it('drops them from 附件2 at every level', async () => {
    for (const token of [admin, dept, unit]) {
      const text = await workbookText((await file(token, '/registrations/summary.xlsx')).body);
      expect(text).toContain('张一');
      for (const name of ['李三', '钱五', '孙六']) expect(text).not.toContain(name);
    }
  });

  it('drops a cancelled 免考复核认定 from the decisions list', async () => {
    const names = async () =>
      (await t.http().get(`${API}/exempt-reviews`).set(bearer(staff)).expect(200)).body.items.map(
        (i: { name: string }) => i.name,
      );
    expect(await names()).toEqual(['周七']);
    await cancel('周七').expect(200);
    expect(await names()).toEqual([]);
  });

  it('keeps the cancellation and its reason in the history and the audit', async () => {
    const history = await t
      .http()
      .get(`${API}/registrations/${id['李三']}/history`)
      .set(bearer(unit))
      .expect(200);
    expect(history.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'registration.cancel',
          before: { status: 'accepted' },
          after: { status: 'cancelled', reason: '替考' },
        }),
      ]),
    );
    const audit = await t
      .http()
      .get(`${API}/audit`)
      .query({ action: 'registration.cancel', pageSize: 100 })
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.items.map((e: { entityId: string }) => e.entityId)).toEqual(
      expect.arrayContaining([id['李三'], id['钱五'], id['孙六'], id['周七']]),
    );
    const record = await t
      .http()
      .get(`${API}/registrations/${id['李三']}`)
      .set(bearer(admin))
      .expect(200);
    expect(record.body).toMatchObject({ status: 'cancelled', statusReason: '替考' });
  });
});
