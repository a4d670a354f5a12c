import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import * as yauzl from 'yauzl';
import { writeSummaryWorkbook } from '../../src/modules/documents/excel/summary-workbook';
import { ticketQrPayload } from '../../src/modules/scheduling/domain/ticket-number';
import { corruptPng, pngImage } from '../factories/files.factory';
import { summaryRows } from '../factories/summary.factory';
import {
  adminToken,
  API,
  bearer,
  binary,
  createTestApp,
  makeOrganizations,
  makeUser,
  OrgFixture,
  overwriteStoredFile,
  readStoredFile,
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

/** Width×height of every image a PDF embeds. */
async function imageSizes(buffer: Buffer): Promise<string[]> {
  const pdf = await PDFDocument.load(buffer);
  return pdf.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .filter((o): o is PDFRawStream => o instanceof PDFRawStream)
    .filter((o) => o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
    .map(
      (o) =>
        `${String(o.dict.get(PDFName.of('Width')))}x${String(o.dict.get(PDFName.of('Height')))}`,
    );
}

describe('sittings, seats and admission tickets (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let org: OrgFixture;
  let unitA1: string;
  let dept: string;
  let venueId: string;
  const sitting: Record<string, string> = {};

  /** Import, review and file n applicants of a unit, as the center would receive them. */
  async function accepted(unitToken: string, rows: number, occupation: string) {
    const file = await writeSummaryWorkbook(summaryRows(rows, occupation), {
      title: '申报汇总表',
      departmentName: '大连市教育局',
    });
    await t
      .http()
      .post(`${API}/registrations/import`)
      .set(bearer(unitToken))
      .attach('file', file, 'a.xlsx')
      .expect(201);
    const ids = (
      await t
        .http()
        .get(`${API}/registrations`)
        .query({ status: 'registered', pageSize: 100 })
        .set(bearer(unitToken))
    ).body.items.map((r: { id: string }) => r.id);
    await t
      .http()
      .post(`${API}/registrations/unit-review`)
      .set(bearer(unitToken))
      .send({ ids, decision: 'approve', conductAttested: true })
      .expect(200);
    await t.http().post(`${API}/publicities`).set(bearer(unitToken)).send({}).expect(201);
    return ids as string[];
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    staff = (await makeUser(t, admin, { role: 'center-staff' })).token;
    org = await makeOrganizations(t, admin);
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    const unitA2 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA2 })).token;
    dept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    const ids = [
      ...(await accepted(unitA1, 30, '维修电工')),
      ...(await accepted(unitA2, 12, '汽车驾驶员')),
    ];
    t.clock.set('2025-07-10T02:00:00Z');
    await t
      .http()
      .post(`${API}/registrations/submit-to-department`)
      .set(bearer(unitA1))
      .send({ ids: ids.slice(0, 30) })
      .expect(200);
    await t
      .http()
      .post(`${API}/registrations/submit-to-department`)
      .set(bearer(unitA2))
      .send({ ids: ids.slice(30) })
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
    await t
      .http()
      .post(`${API}/department-batches/${batch.body.id}/accept`)
      .set(bearer(admin))
      .expect(200);
  });
  afterAll(() => t.close());

  const allocate = (token: string, body: object = {}) =>
    t.http().post(`${API}/scheduling/allocate`).set(bearer(token)).send(body);

  it('refuses to allocate without sittings (422)', async () => {
    const res = await allocate(admin).expect(422);
    expect(res.body.code).toBe('NO_SITTINGS');
  });

  it('sets up a venue, rooms and non-overlapping sittings', async () => {
    venueId = (
      await t
        .http()
        .post(`${API}/venues`)
        .set(bearer(admin))
        .send({ name: '大连市第一考点', address: '中山区人民路1号' })
        .expect(201)
    ).body.id;
    await t
      .http()
      .post(`${API}/venues/${venueId}/rooms`)
      .set(bearer(admin))
      .send({ name: '第1考场', capacity: 20 })
      .expect(201);
    const zero = await t
      .http()
      .post(`${API}/venues/${venueId}/rooms`)
      .set(bearer(admin))
      .send({ name: '空考场', capacity: 0 })
      .expect(400);
    expect(zero.body.details[0].field).toBe('capacity');
    const make = async (
      paperCategory: string,
      component: string,
      date: string,
      startTime: string,
      endTime: string,
    ) =>
      (
        await t
          .http()
          .post(`${API}/sittings`)
          .set(bearer(admin))
          .send({ paperCategory, component, date, startTime, endTime, venueId })
          .expect(201)
      ).body.id as string;
    sitting.elecTheory = await make('电工', 'theory', '2025-09-13', '09:00', '11:00');
    sitting.elecPractical = await make('电工', 'practical', '2025-09-13', '14:00', '16:00');
    sitting.driverTheory = await make('汽车驾驶员', 'theory', '2025-09-13', '09:00', '11:00');
    sitting.driverPractical = await make('汽车驾驶员', 'practical', '2025-09-14', '09:00', '11:00');
    const clash = await t.http().post(`${API}/sittings`).set(bearer(admin)).send({
      paperCategory: '电工',
      component: 'practical',
      date: '2025-09-13',
      startTime: '10:00',
      endTime: '12:00',
      venueId,
    });
    expect([409, 422]).toContain(clash.status);
    const overlap = await t
      .http()
      .put(`${API}/sittings/${sitting.elecPractical}`)
      .set(bearer(admin))
      .send({
        paperCategory: '电工',
        component: 'practical',
        date: '2025-09-13',
        startTime: '10:00',
        endTime: '12:00',
        venueId,
      })
      .expect(422);
    expect(overlap.body.code).toBe('SITTING_OVERLAP');
    await t
      .http()
      .post(`${API}/sittings`)
      .set(bearer(admin))
      .send({
        paperCategory: '厨艺',
        component: 'theory',
        date: '2025-09-13',
        startTime: '09:00',
        endTime: '11:00',
        venueId,
      })
      .expect(422);
  });

  it('reports which category lacks how many seats, writing nothing', async () => {
    const res = await allocate(admin).expect(422);
    expect(res.body.code).toBe('CAPACITY_SHORTAGE');
    expect(res.body.message).toContain('缺');
    const status = await t.http().get(`${API}/scheduling/status`).set(bearer(admin)).expect(200);
    expect(status.body.tickets).toBe(0);
  });

  it('allocates every candidate, one category per room, spreading units', async () => {
    await t
      .http()
      .post(`${API}/venues/${venueId}/rooms`)
      .set(bearer(admin))
      .send({ name: '第2考场', capacity: 20 })
      .expect(201);
    await t
      .http()
      .post(`${API}/venues/${venueId}/rooms`)
      .set(bearer(admin))
      .send({ name: '第3考场', capacity: 20 })
      .expect(201);
    const dry = await allocate(admin, { dryRun: true }).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, candidates: 42, placed: 84 });
    const res = await allocate(admin).expect(200);
    expect(res.body).toMatchObject({ candidates: 42, placed: 84, tickets: 42, shortages: [] });
  });

  it('hides tickets until published, then only inside the printing window', async () => {
    await t.http().get(`${API}/tickets.pdf`).set(bearer(dept)).expect(409);
    await t.http().post(`${API}/scheduling/publish`).set(bearer(admin)).send({}).expect(200);
    const closed = await t.http().get(`${API}/tickets.pdf`).set(bearer(dept)).expect(403);
    expect(closed.body.message).toContain('2025-08-18 至 2025-08-20');
  });

  it('lets the department download every ticket, one page each, and audits it', async () => {
    t.clock.set('2025-08-18T01:00:00Z');
    const res = await t
      .http()
      .get(`${API}/tickets.pdf`)
      .set(bearer(dept))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const pdf = await PDFDocument.load(res.body as Buffer);
    expect(pdf.getPageCount()).toBe(42);
    if (process.env.E2E_ARTIFACTS)
      writeFileSync(join(process.env.E2E_ARTIFACTS, 'tickets.pdf'), res.body as Buffer);
    const unit = await t
      .http()
      .get(`${API}/tickets.pdf`)
      .set(bearer(unitA1))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((await PDFDocument.load(unit.body as Buffer)).getPageCount()).toBe(30);
    const zip = await t
      .http()
      .get(`${API}/tickets.zip`)
      .set(bearer(unitA1))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(await zipEntries(zip.body as Buffer)).toHaveLength(30);
    const audit = await t
      .http()
      .get(`${API}/audit`)
      .query({ action: 'tickets.download' })
      .set(bearer(admin));
    expect(audit.body.items[0].after).toMatchObject({ format: 'zip', count: 30 });
  });

  it('prints the current photo on the ticket, never a replaced one', async () => {
    const [{ id }] = (
      await t
        .http()
        .get(`${API}/registrations`)
        .query({ status: 'accepted', pageSize: 1 })
        .set(bearer(unitA1))
    ).body.items;
    for (const [w, h] of [
      [301, 421],
      [295, 413],
    ]) {
      await t
        .http()
        .post(`${API}/registrations/${id}/photo`)
        .set(bearer(unitA1))
        .attach('file', pngImage(w, h), 'photo.png')
        .expect(201);
    }
    const res = await t
      .http()
      .get(`${API}/tickets.pdf`)
      .set(bearer(unitA1))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const sizes = await imageSizes(res.body as Buffer);
    expect(sizes).toContain('295x413');
    expect(sizes).not.toContain('301x421');
  });

  it('finding 1: a corrupt photo stored before uploads were re-encoded fails the download, not the service', async () => {
    const p = t.dataSource.options.type === 'postgres' ? '$1' : '?';
    const [{ id }] = await t.dataSource.query(
      `SELECT id FROM registrations WHERE status = 'accepted' AND photo_file_id IS NOT NULL`,
    );
    const [{ storage_key: key }] = await t.dataSource.query(
      `SELECT f.storage_key FROM stored_files f JOIN registrations r ON r.photo_file_id = f.id WHERE r.id = ${p}`,
      [id],
    );
    const good = await readStoredFile(t, key as string);
    await overwriteStoredFile(t, key as string, corruptPng());
    try {
      const res = await t.http().get(`${API}/tickets.pdf`).set(bearer(unitA1)).expect(422);
      expect(res.body).toMatchObject({ code: 'PHOTO_CORRUPT' });
      expect(res.body.message).toMatch(/^准考证 2025\d{6}（.+）的照片已损坏/);
      await t.http().get(`${API}/tickets.zip`).set(bearer(unitA1)).buffer(true).parse(binary);
      await t.http().get(`${API}/health`).expect(200);
    } finally {
      await overwriteStoredFile(t, key as string, good);
    }
    await t.http().get(`${API}/tickets.pdf`).set(bearer(unitA1)).expect(200);
  });

  it('verifies a genuine QR code and refuses a forged one', async () => {
    const secret = await storedTicketSecret(t);
    const [{ ticket_number: number }] = await t.dataSource.query(
      'SELECT ticket_number FROM tickets LIMIT 1',
    );
    expect(number).toMatch(/^2025[1-7]\d{5}$/);
    const ok = await t
      .http()
      .get(`${API}/tickets/verify`)
      .query({ code: ticketQrPayload(number, secret) })
      .expect(200);
    expect(ok.body).toMatchObject({ valid: true, ticketNumber: number });
    expect(ok.body.sittings).toHaveLength(2);
    const forged = await t
      .http()
      .get(`${API}/tickets/verify`)
      .query({ code: ticketQrPayload(number, 'guess') })
      .expect(200);
    expect(forged.body).toEqual({ valid: false });
  });

  it('locks the allocation once published: a re-run needs the administrator and a reason', async () => {
    expect((await allocate(admin).expect(409)).body.code).toBe('SCHEDULE_PUBLISHED');
    await allocate(staff, { reason: '考场调整' }).expect(409);
    const before = await t.dataSource.query(
      'SELECT sitting_id, registration_id, room_id, seat FROM seat_assignments ORDER BY sitting_id, registration_id',
    );
    const [{ id }] = await t.dataSource.query(
      `SELECT id FROM registrations WHERE status = 'accepted' LIMIT 1`,
    );
    await t
      .http()
      .post(`${API}/registrations/${id}/cancel`)
      .set(bearer(admin))
      .send({ reason: '替考' })
      .expect(200);
    const res = await allocate(admin, { reason: '取消一名考生资格' }).expect(200);
    expect(res.body).toMatchObject({ released: 2, placed: 0, kept: 82, tickets: 41 });
    const after = await t.dataSource.query(
      'SELECT sitting_id, registration_id, room_id, seat FROM seat_assignments ORDER BY sitting_id, registration_id',
    );
    expect(after).toEqual(
      before.filter((a: { registration_id: string }) => a.registration_id !== id),
    );
  });

  it('prints seating charts and sign-in sheets for invigilators', async () => {
    for (const path of ['seating-chart.pdf', 'sign-in.pdf', 'sign-in.xlsx']) {
      await t
        .http()
        .get(`${API}/sittings/${sitting.elecTheory}/${path}`)
        .set(bearer(admin))
        .expect(200);
    }
    await t
      .http()
      .get(`${API}/sittings/${sitting.elecTheory}/sign-in.pdf`)
      .set(bearer(dept))
      .expect(403);
  });
});
