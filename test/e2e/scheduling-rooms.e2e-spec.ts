import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import * as yauzl from 'yauzl';
import { writeSummaryWorkbook } from '../../src/modules/documents/excel/summary-workbook';
import { SIGN_IN_HEADER_ROW } from '../../src/modules/documents/excel/room-sheet.xlsx';
import type { SummaryRow } from '../../src/modules/registrations/domain/summary-row';
import { ticketQrPayload } from '../../src/modules/scheduling/domain/ticket-number';
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
  storedTicketSecret,
} from './harness';

/**
 * Second round of scheduling checks: a category split over several sittings, rooms shared by
 * several categories at one time (one sheet per room and time), 考场号 on tickets and sheets,
 * room capacity, sitting dates, empty allocations, print order, issuer and cancellations.
 */
describe('exam rooms, split categories and room sheets (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgFixture;
  let unitA1: string;
  let unitA2: string;
  let dept: string;
  let batchId: string;
  const venue: Record<string, string> = {};
  const room: Record<string, string> = {};
  const sitting: Record<string, string> = {};

  /** Imports, reviews and publicises rows of a unit (each group: count × occupation). */
  async function register(unitToken: string, groups: [number, string][]): Promise<string[]> {
    const rows: SummaryRow[] = groups
      .flatMap(([n, occupation]) => summaryRows(n, occupation))
      .map((r, i) => ({ ...r, seq: i + 1 }));
    const file = await writeSummaryWorkbook(rows, {
      title: '申报汇总表',
      departmentName: '大连市教育局',
    });
    const imported = await t
      .http()
      .post(`${API}/registrations/import`)
      .set(bearer(unitToken))
      .attach('file', file, 'a.xlsx');
    if (imported.status !== 201) throw new Error(JSON.stringify(imported.body).slice(0, 800));
    const list = await t
      .http()
      .get(`${API}/registrations`)
      .query({ status: 'registered', pageSize: 100 })
      .set(bearer(unitToken));
    const ids = (list.body.items as { id: string }[]).map((r) => r.id);
    await t
      .http()
      .post(`${API}/registrations/unit-review`)
      .set(bearer(unitToken))
      .send({ ids, decision: 'approve', conductAttested: true })
      .expect(200);
    await t.http().post(`${API}/publicities`).set(bearer(unitToken)).send({}).expect(201);
    return ids;
  }

  const post = (path: string, body: object) =>
    t.http().post(`${API}${path}`).set(bearer(admin)).send(body);
  const get = (path: string, query: object = {}) =>
    t.http().get(`${API}${path}`).query(query).set(bearer(admin));
  const file = (path: string, token = admin) =>
    t.http().get(`${API}${path}`).set(bearer(token)).buffer(true).parse(binary);
  const newSitting = (
    paperCategory: string,
    component: string,
    date: string,
    startTime: string,
    endTime: string,
    venueId: string,
  ) => post('/sittings', { paperCategory, component, date, startTime, endTime, venueId });

  /** Keeps a document for a look when E2E_ARTIFACTS names a directory. */
  const artifact = (name: string, body: Buffer) => {
    if (process.env.E2E_ARTIFACTS) writeFileSync(join(process.env.E2E_ARTIFACTS, name), body);
  };

  /** The door check of a ticket number, signed as its QR code is. */
  async function doorCheck(number: string) {
    await t.http().get(`${API}/tickets/verify`).query({ code: 'x' }).expect(200);
    const secret = await storedTicketSecret(t);
    return t
      .http()
      .get(`${API}/tickets/verify`)
      .query({ code: ticketQrPayload(number, secret) })
      .expect(200);
  }

  async function workbook(path: string): Promise<ExcelJS.Workbook> {
    const res = await file(path).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ExcelJS.Buffer);
    return wb;
  }

  /** Texts of a sign-in worksheet's candidate rows. */
  function signInRows(sheet: ExcelJS.Worksheet): string[][] {
    const rows: string[][] = [];
    for (let r = SIGN_IN_HEADER_ROW + 1; sheet.getCell(r, 1).text !== ''; r++) {
      rows.push(Array.from({ length: 8 }, (_, c) => sheet.getCell(r, c + 1).text));
    }
    return rows;
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    unitA2 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA2 })).token;
    dept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    const a1 = await register(unitA1, [
      [20, '绿化工'],
      [3, '维修电工'],
    ]);
    const a2 = await register(unitA2, [
      [5, '绿化工'],
      [1, '汽车驾驶员'],
    ]);
    t.clock.set('2025-07-10T02:00:00Z');
    for (const [token, ids] of [
      [unitA1, a1],
      [unitA2, a2],
    ] as const) {
      await t
        .http()
        .post(`${API}/registrations/submit-to-department`)
        .set(bearer(token))
        .send({ ids })
        .expect(200);
    }
    await t
      .http()
      .post(`${API}/registrations/department-review`)
      .set(bearer(dept))
      .send({ ids: [...a1, ...a2], decision: 'approve' })
      .expect(200);
    batchId = (
      await t.http().post(`${API}/department-batches`).set(bearer(dept)).send({}).expect(201)
    ).body.id as string;
  });
  afterAll(() => t.close());

  it('sets up two venues and their rooms', async () => {
    venue.v1 = (await post('/venues', { name: '第一考点', address: '中山区1号' }).expect(201)).body
      .id as string;
    venue.v2 = (await post('/venues', { name: '第二考点', address: '西岗区2号' }).expect(201)).body
      .id as string;
    const addRoom = async (v: string, name: string, capacity: number) =>
      (await post(`/venues/${v}/rooms`, { name, capacity }).expect(201)).body.id as string;
    room.a = await addRoom(venue.v1, '一号楼101', 16);
    room.b = await addRoom(venue.v1, '一号楼102', 10);
    room.c = await addRoom(venue.v2, '机房', 30);
  });

  it('refuses a sitting in the past or not after the ticket-printing window (422)', async () => {
    const lastPrintDay = await newSitting(
      '电工',
      'theory',
      '2025-08-20',
      '09:00',
      '11:00',
      venue.v1,
    ).expect(422);
    expect(lastPrintDay.body.code).toBe('SITTING_DATE_INVALID');
    expect(lastPrintDay.body.message).toContain('准考证打印截止日 2025-08-20');
    expect(lastPrintDay.body.details[0]).toMatchObject({
      field: 'date',
      code: 'SITTING_DATE_BEFORE_TICKETS',
    });
    const past = await newSitting(
      '电工',
      'theory',
      '2025-07-09',
      '09:00',
      '11:00',
      venue.v1,
    ).expect(422);
    expect(past.body.message).toContain('已过');
    await newSitting('电工', 'theory', '2025-08-21', '09:00', '11:00', venue.v1).expect(201);
  });

  it('allows several sittings of one category and component, refusing real clashes', async () => {
    const id = async (res: Promise<{ body: { id: string } }>) => (await res).body.id;
    const existing = (await get('/sittings').expect(200)).body.items as { id: string }[];
    sitting.elecTheory = existing[0].id;
    // Move the first 电工 theory sitting onto the real exam day.
    await t
      .http()
      .put(`${API}/sittings/${sitting.elecTheory}`)
      .set(bearer(admin))
      .send({
        paperCategory: '电工',
        component: 'theory',
        date: '2025-09-13',
        startTime: '09:00',
        endTime: '11:00',
        venueId: venue.v1,
      })
      .expect(200);
    const d = '2025-09-13';
    sitting.genV1 = await id(
      newSitting('综合', 'theory', d, '09:00', '11:00', venue.v1).expect(201),
    );
    sitting.genV2 = await id(
      newSitting('综合', 'theory', d, '09:00', '11:00', venue.v2).expect(201),
    );
    sitting.genPractical = await id(
      newSitting('综合', 'practical', '2025-09-14', '09:00', '11:00', venue.v1).expect(201),
    );
    sitting.drvTheory = await id(
      newSitting('汽车驾驶员', 'theory', d, '09:00', '10:30', venue.v1).expect(201),
    );
    sitting.elecPractical = await id(
      newSitting('电工', 'practical', d, '14:00', '16:00', venue.v1).expect(201),
    );
    sitting.drvPractical = await id(
      newSitting('汽车驾驶员', 'practical', d, '14:00', '16:00', venue.v1).expect(201),
    );
    const twice = await newSitting('综合', 'theory', d, '10:00', '12:00', venue.v1).expect(409);
    expect(twice.body.code).toBe('SITTING_EXISTS');
    const overlap = await newSitting('综合', 'practical', d, '10:00', '12:00', venue.v2).expect(
      422,
    );
    expect(overlap.body.code).toBe('SITTING_OVERLAP');
  });

  it('answers a clear 409 for room sheets before allocation, never a 500', async () => {
    for (const path of ['seating-chart.pdf', 'sign-in.pdf', 'sign-in.xlsx']) {
      const res = await get(`/sittings/${sitting.elecTheory}/${path}`).expect(409);
      expect(res.body.code).toBe('NOT_ALLOCATED');
      expect(res.body.message).toContain('尚未编排考场座位');
    }
    expect((await get('/exam-rooms').expect(200)).body.items).toEqual([]);
    const none = await get('/exam-rooms/1/sign-in.pdf').expect(404);
    expect(none.body).toMatchObject({
      code: 'EXAM_ROOM_NOT_FOUND',
      message: '第001考场不存在（尚未编排）',
    });
    expect((await get('/exam-rooms/0/sign-in.pdf').expect(400)).body.details[0].field).toBe(
      'examRoom',
    );
  });

  /** Edge calls of the module: each must answer 2xx or a 4xx with a code, never a 500. */
  async function probe(): Promise<string[]> {
    const other = '00000000-0000-4000-8000-000000000000';
    const calls: [string, string, object?][] = [
      ['GET', `/sittings/${other}/sign-in.pdf`],
      ['GET', `/sittings/${sitting.genV2}/seating-chart.pdf`],
      ['GET', '/exam-rooms/999/seating-chart.pdf'],
      ['GET', '/exam-rooms/abc/sign-in.xlsx'],
      ['GET', '/exam-rooms', { examYear: 2030 }],
      ['GET', '/sittings', { examYear: 'x' }],
      ['PATCH', `/rooms/${room.b}`, {}],
      ['PATCH', `/rooms/${room.b}`, { seatsPerRow: null }],
      ['PATCH', `/rooms/${room.b}`, { name: '一号楼101' }],
      ['PATCH', `/rooms/${other}`, { capacity: 5 }],
      ['POST', `/venues/${other}/rooms`, { name: 'x', capacity: 5 }],
      ['PUT', `/sittings/${sitting.genV2}`, { examYear: 2030 }],
      ['POST', '/scheduling/allocate', { examYear: 2030 }],
      ['POST', '/scheduling/publish', {}],
      ['GET', '/tickets.pdf', { unitId: other }],
      ['GET', '/tickets/verify', { code: 'DLGQ:2025100101:AAAAAAAAAAAAAAAA' }],
      ['GET', '/tickets/verify'],
      ['PUT', `/ticket-print-windows/${other}`, { startDate: '2025-08-01', endDate: '2025-08-02', reason: 'x' }],
    ]; // prettier-ignore
    const failures: string[] = [];
    for (const [method, path, body] of calls) {
      const req = t.http()[method.toLowerCase() as 'get'](`${API}${path}`).set(bearer(admin));
      const res = method === 'GET' ? await req.query(body ?? {}) : await req.send(body ?? {});
      if (res.status >= 500 || (res.status >= 400 && !res.body?.code))
        failures.push(`${method} ${path} → ${res.status}`);
    }
    return failures;
  }

  it('answers no edge call with a 500 before allocation', async () => {
    expect(await probe()).toEqual([]);
  });

  it('says why when there is nobody to seat (422), naming registrations not yet filed', async () => {
    const res = await post('/scheduling/allocate', {}).expect(422);
    expect(res.body.code).toBe('NO_CANDIDATES');
    expect(res.body.message).toBe(
      '没有需要编排考场的考生：尚无经中心备案的参考考生；29 人尚在审核或报送中，中心备案后方可编排',
    );
    await post(`/department-batches/${batchId}/accept`, {}).expect(200);
  });

  it('seats everyone in one theory and one practical sitting, filling both 综合 venues', async () => {
    const res = await post('/scheduling/allocate', {}).expect(200);
    expect(res.body).toMatchObject({ candidates: 29, placed: 58, tickets: 29, shortages: [] });
    expect(res.body.message).toContain('编排完成');
    const perComponent = await t.dataSource.query(
      `SELECT a.registration_id, s.component, COUNT(*) AS n FROM seat_assignments a
       JOIN sittings s ON s.id = a.sitting_id GROUP BY a.registration_id, s.component`,
    );
    expect(perComponent).toHaveLength(58);
    expect(perComponent.every((r: { n: number | string }) => Number(r.n) === 1)).toBe(true);
    const bySitting = async (id: string) =>
      Number(
        (
          await t.dataSource.query(
            `SELECT COUNT(*) AS n FROM seat_assignments WHERE sitting_id = '${id}'`,
          )
        )[0].n,
      );
    expect([await bySitting(sitting.genV1), await bySitting(sitting.genV2)]).toEqual([22, 3]);
    const again = await post('/scheduling/allocate', {}).expect(200);
    expect(again.body).toMatchObject({ kept: 58, placed: 0, released: 0 });
    expect(again.body.message).toBe(
      '全部 29 名考生均已安排座位，没有需要新安排或释放的座位（编排未做更改）',
    );
  });

  /** The exam room the 09:00 theory sittings share (电工, 汽车驾驶员 and part of 综合). */
  let shared: { examRoom: number; roomName: string; seated: number };

  it('lists exam rooms: one per room and time, with every category sitting there', async () => {
    const rooms = (await get('/exam-rooms').expect(200)).body.items as {
      examRoom: number;
      label: string;
      roomName: string;
      date: string;
      startTime: string;
      seated: number;
      sittings: { paperCategory: string; count: number }[];
    }[];
    const both = rooms.filter((r) => r.sittings.length > 1 && r.startTime === '09:00');
    expect(both).toHaveLength(1);
    shared = both[0];
    expect(both[0]).toMatchObject({ venueName: '第一考点', date: '2025-09-13' });
    const counts = new Map(both[0].sittings.map((s) => [s.paperCategory, s.count]));
    expect(counts.get('电工')).toBe(3);
    expect(counts.get('汽车驾驶员')).toBe(1);
    expect(both[0].seated).toBe(4 + (counts.get('综合') ?? 0));
    expect(both[0].seated).toBeGreaterThan(4);
    expect(both[0].label).toBe(`第${String(both[0].examRoom).padStart(3, '0')}考场`);
    expect(new Set(rooms.map((r) => r.examRoom)).size).toBe(rooms.length);
  });

  it('prints ONE sign-in sheet per room and time, covering every category in it', async () => {
    const elec = await workbook(`/sittings/${sitting.elecTheory}/sign-in.xlsx`);
    const drv = await workbook(`/sittings/${sitting.drvTheory}/sign-in.xlsx`);
    const one = await workbook(`/exam-rooms/${shared.examRoom}/sign-in.xlsx`);
    expect(elec.worksheets).toHaveLength(1);
    const sheet = elec.worksheets[0];
    expect(drv.worksheets[0].name).toBe(sheet.name);
    expect(one.worksheets[0].name).toBe(sheet.name);
    expect(sheet.name).toContain(shared.roomName);
    const rows = signInRows(sheet);
    expect(rows).toHaveLength(shared.seated);
    const categories = rows.map((r) => r[5].split('\n')[0]);
    expect(categories.filter((c) => c === '综合')).toHaveLength(shared.seated - 4);
    expect(categories.filter((c) => c === '电工')).toHaveLength(3);
    expect(categories.filter((c) => c === '汽车驾驶员')).toHaveLength(1);
    expect(sheet.getCell('A5').text).toContain('电工 理论考试 3 人');
    expect(sheet.getCell('A5').text).toContain('汽车驾驶员 理论考试 1 人（09:00—10:30）');
    expect(sheet.getCell(SIGN_IN_HEADER_ROW + rows.length + 2, 1).text).toContain(
      `本考场应考 ${shared.seated} 人`,
    );
    for (const path of ['seating-chart.pdf', 'sign-in.pdf']) {
      await file(`/sittings/${sitting.drvTheory}/${path}`).expect(200);
      const pdf = await file(`/exam-rooms/${shared.examRoom}/${path}`).expect(200);
      artifact(`shared-room-${path}`, pdf.body as Buffer);
    }
  });

  it('prints the 考场号 that the ticket number carries, on sheets, tickets and at the door', async () => {
    const rows = await t.dataSource.query(
      `SELECT t.ticket_number, a.exam_room, a.seat, r.name AS room_name
       FROM tickets t JOIN seat_assignments a ON a.registration_id = t.registration_id
       JOIN sittings s ON s.id = a.sitting_id AND s.component = 'theory'
       JOIN rooms r ON r.id = a.room_id`,
    );
    expect(rows).toHaveLength(29);
    for (const r of rows as { ticket_number: string; exam_room: number; seat: number }[]) {
      expect(r.ticket_number.slice(5)).toBe(
        `${String(r.exam_room).padStart(3, '0')}${String(r.seat).padStart(2, '0')}`,
      );
    }
    const sheet = (await workbook(`/sittings/${sitting.elecTheory}/sign-in.xlsx`)).worksheets[0];
    const first = signInRows(sheet)[0];
    const own = (rows as { ticket_number: string; exam_room: number; room_name: string }[]).find(
      (r) => r.ticket_number === first[1],
    )!;
    const label = `第${String(own.exam_room).padStart(3, '0')}考场`;
    expect(sheet.getCell('A3').text).toContain(`考场：${label}（${own.room_name}）`);
    const door = await doorCheck(own.ticket_number);
    expect(door.body.sittings).toHaveLength(2);
    expect(door.body.sittings[0]).toContain(`${label}（${own.room_name}）`);
  });

  it('shows a split-category candidate only their own sittings', async () => {
    const [v2] = await t.dataSource.query(
      `SELECT t.ticket_number FROM tickets t JOIN seat_assignments a
       ON a.registration_id = t.registration_id WHERE a.sitting_id = '${sitting.genV2}' LIMIT 1`,
    );
    const door = await doorCheck(v2.ticket_number as string);
    expect(door.body.sittings).toHaveLength(2);
    expect(door.body.sittings[0]).toMatch(/^理论考试 2025-09-13 .*第二考点/);
    expect(door.body.sittings[1]).toMatch(/^实际操作考核 2025-09-14 .*第一考点/);
  });

  it('refuses to shrink a room below the seats given out, naming them; stores seats per row', async () => {
    const shrink = await t
      .http()
      .patch(`${API}/rooms/${room.a}`)
      .set(bearer(admin))
      .send({ capacity: 12 })
      .expect(409);
    expect(shrink.body.code).toBe('ROOM_SEATS_ASSIGNED');
    expect(shrink.body.message).toBe(
      '考场“一号楼101”已安排 16 个座位（最大座位号 16），容量不能改为 12；请先调整考场编排',
    );
    const layout = await t
      .http()
      .patch(`${API}/rooms/${room.a}`)
      .set(bearer(admin))
      .send({ seatsPerRow: 4, capacity: 20 })
      .expect(200);
    expect(layout.body).toMatchObject({ capacity: 20, seatsPerRow: 4 });
    const chart = await file(`/sittings/${sitting.genV1}/seating-chart.pdf`).expect(200);
    artifact('seating-chart-4-per-row.pdf', chart.body as Buffer);
  });

  it("orders a department's tickets by unit name in pinyin, then ticket number; names the issuer", async () => {
    await post('/scheduling/publish', {}).expect(200);
    t.clock.set('2025-08-18T01:00:00Z');
    const zip = await file('/tickets.zip', dept).expect(200);
    const names = await new Promise<string[]>((resolve, reject) =>
      yauzl.fromBuffer(zip.body as Buffer, { lazyEntries: true }, (err, z) => {
        if (err) return reject(err);
        const out: string[] = [];
        z.on('entry', (e: yauzl.Entry) => {
          out.push(e.fileName);
          z.readEntry();
        });
        z.on('end', () => resolve(out));
        z.readEntry();
      }),
    );
    const unitOf = new Map<string, string>(
      (
        await t.dataSource.query(
          `SELECT t.ticket_number, u.name FROM tickets t JOIN registrations r ON r.id = t.registration_id
           JOIN units u ON u.id = r.unit_id`,
        )
      ).map((r: { ticket_number: string; name: string }) => [r.ticket_number, r.name]),
    );
    const numbers = names.map((n) => n.slice(0, 10));
    // 第二中学 (dì èr) before 第一中学 (dì yī), although 一 precedes 二 in code points.
    expect(numbers.slice(0, 6).every((n) => unitOf.get(n) === '大连市第二中学')).toBe(true);
    expect(numbers.slice(6).every((n) => unitOf.get(n) === '大连市第一中学')).toBe(true);
    expect(numbers.slice(6)).toEqual([...numbers.slice(6)].sort());
    const session = await get('/exam-sessions/2025').expect(200);
    expect(session.body.organizer).toBe('大连市就业和人才服务中心');
    const pdf = await file('/tickets.pdf', unitA2).expect(200);
    artifact('tickets-unit.pdf', pdf.body as Buffer);
    const text = spawnSync('pdftotext', ['-', '-'], { input: pdf.body as Buffer });
    if (text.status === 0)
      expect(text.stdout.toString('utf8')).toContain('签发单位：大连市就业和人才服务中心');
  });

  it('answers no edge call with a 500 after publishing', async () => {
    expect(await probe()).toEqual([]);
  });

  it('leaves a candidate cancelled after seating off the sign-in sheet (四(三))', async () => {
    const [{ registration_id: id, seat }] = await t.dataSource.query(
      `SELECT registration_id, seat FROM seat_assignments WHERE sitting_id = '${sitting.elecTheory}' ORDER BY seat LIMIT 1`,
    );
    const before = signInRows(
      (await workbook(`/sittings/${sitting.elecTheory}/sign-in.xlsx`)).worksheets[0],
    );
    await post(`/registrations/${id}/cancel`, { reason: '替考' }).expect(200);
    const sheet = (await workbook(`/sittings/${sitting.elecTheory}/sign-in.xlsx`)).worksheets[0];
    const rows = signInRows(sheet);
    artifact(
      'sign-in-cancelled.pdf',
      (await file(`/sittings/${sitting.elecTheory}/sign-in.pdf`)).body as Buffer,
    );
    expect(rows).toHaveLength(before.length - 1);
    expect(rows.find((r) => r[0] === String(seat))).toBeUndefined();
    expect(rows.some((r) => r.includes('已取消资格'))).toBe(false);
    expect(sheet.getCell(SIGN_IN_HEADER_ROW + rows.length + 2, 1).text).toBe(
      `本考场应考 ${shared.seated - 1} 人，实考＿＿＿人，缺考＿＿＿人。`,
    );
  });
});
