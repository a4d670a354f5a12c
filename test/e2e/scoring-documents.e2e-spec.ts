import * as ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { adminToken, API, bearer, binary, createTestApp, makeUser, type TestApp } from './harness';
import { seatedSession, type SeatedSession } from './scoring-fixture';

const FIRST_ROW = 5;

async function fill(file: Buffer, edit: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  edit(wb.getWorksheet('评分表')!);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('score sheets as xlsx and PDF; the discrepancy list (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let g1: { id: string; token: string };
  let g2: { id: string; token: string };
  let s: SeatedSession;
  let theory: string;
  let practical: string;

  const download = (token: string, path: string) =>
    t.http().get(`${API}/${path}`).set(bearer(token)).buffer(true).parse(binary);
  const upload = (token: string, path: string, file: Buffer, dryRun = false) =>
    t
      .http()
      .post(`${API}/${path}/entries/1/import`)
      .query({ dryRun })
      .set(bearer(token))
      .attach('file', file, 'sheet.xlsx');

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    g1 = await makeUser(t, admin, { role: 'grader' });
    g2 = await makeUser(t, admin, { role: 'grader' });
    s = await seatedSession(t, admin, 6);
    for (const g of [g1, g2]) {
      for (const sittingId of [s.theory, s.practical]) {
        await t
          .http()
          .post(`${API}/grader-assignments`)
          .set(bearer(admin))
          .send({ graderId: g.id, sittingId })
          .expect(201);
      }
    }
    const list = (await t.http().get(`${API}/score-sheets`).set(bearer(g1.token))).body.items as {
      sittingId: string;
      examRoom: number;
    }[];
    const path = (id: string) =>
      `score-sheets/${id}/${list.find((x) => x.sittingId === id)!.examRoom}`;
    theory = path(s.theory);
    practical = path(s.practical);
    await t
      .http()
      .post(`${API}/${theory}/entries`)
      .set(bearer(g1.token))
      .send({ slot: 1 })
      .expect(200);
  }, 120_000);
  afterAll(() => t.close());

  it('exports a protected sheet, pre-filled in seat order, with only the mark columns open', async () => {
    const res = await download(g1.token, `${theory}/sheet.xlsx`).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ExcelJS.Buffer);
    const ws = wb.getWorksheet('评分表')!;
    expect(ws.getRow(4).values).toEqual([
      undefined,
      '座位号',
      '准考证号',
      '姓名',
      '成绩',
      '违纪类型',
      '违纪处理',
    ]);
    expect(ws.getCell(FIRST_ROW, 1).value).toBe('1');
    expect(ws.getCell(FIRST_ROW, 2).value).toMatch(/^\d+$/);
    expect(ws.getCell(FIRST_ROW, 2).protection?.locked).not.toBe(false);
    expect(ws.getCell(FIRST_ROW, 4).protection).toMatchObject({ locked: false });
    // Sorting, inserting and deleting rows stay protected (absent or false: not allowed).
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> })
      .sheetProtection;
    expect(protection.sheet).toBe(true);
    expect([protection.sort, protection.insertRows, protection.deleteRows]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(wb.getWorksheet('校验')!.state).toBe('veryHidden');
  });

  it('imports a filled sheet as the grader’s entry: dry run first, then all rows', async () => {
    const exported = (await download(g1.token, `${theory}/sheet.xlsx`)).body as Buffer;
    const file = await fill(exported, (ws) => {
      const marks = ['75', '缺', '88.5', 'W', '60', ''];
      marks.forEach((m, i) => (ws.getCell(FIRST_ROW + i, 4).value = m));
      ws.getCell(FIRST_ROW + 3, 5).value = '替考';
      ws.getCell(FIRST_ROW + 3, 6).value = '全部科目成绩无效';
    });
    const dry = await upload(g1.token, theory, file, true).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 6, saved: 0, empty: 1 });
    expect(
      (await t.http().get(`${API}/${theory}/entries/1`).set(bearer(g1.token))).body.empty,
    ).toBe(6);
    const res = await upload(g1.token, theory, file).expect(200);
    expect(res.body).toMatchObject({ saved: 5, empty: 1 });
    const entry = (await t.http().get(`${API}/${theory}/entries/1`).set(bearer(g1.token))).body;
    expect(entry.source).toBe('import');
    expect(entry.rows.map((r: { mark: { text: string } | null }) => r.mark?.text ?? null)).toEqual([
      '75 分',
      '缺考',
      '88.5 分',
      '违纪（替考，全部科目成绩无效）',
      '60 分',
      null,
    ]);
  });

  it('leaves marks keyed on screen alone where the imported file’s cell is empty', async () => {
    // Seat 6 keyed on screen after the import above; then the blank export imported again.
    const entry = (await t.http().get(`${API}/${theory}/entries/1`).set(bearer(g1.token))).body;
    const sixth = entry.rows[5].registrationId as string;
    await t
      .http()
      .put(`${API}/${theory}/entries/1/marks`)
      .set(bearer(g1.token))
      .send({
        version: entry.version,
        rows: [{ registrationId: sixth, mark: { kind: 'score', score: 91 } }],
      })
      .expect(200);
    const blank = (await download(g1.token, `${theory}/sheet.xlsx`)).body as Buffer;
    const onlyFirst = await fill(blank, (ws) => (ws.getCell(FIRST_ROW, 4).value = '75'));
    expect((await upload(g1.token, theory, onlyFirst).expect(200)).body).toMatchObject({
      saved: 1,
    });
    const after = (await t.http().get(`${API}/${theory}/entries/1`).set(bearer(g1.token))).body;
    expect(after.rows.map((r: { mark: { text: string } | null }) => r.mark?.text ?? null)).toEqual([
      '75 分',
      '缺考',
      '88.5 分',
      '违纪（替考，全部科目成绩无效）',
      '60 分',
      '91 分',
    ]);
  });

  it('refuses a file of another sheet, writing nothing', async () => {
    const other = (await download(g1.token, `${practical}/sheet.xlsx`)).body as Buffer;
    const res = await upload(
      g1.token,
      theory,
      await fill(other, (ws) => (ws.getCell(FIRST_ROW, 4).value = '1')),
    ).expect(422);
    expect(res.body.code).toBe('SCORE_IMPORT_INVALID');
    expect(res.body.details[0]).toMatchObject({ code: 'FOREIGN_SHEET', column: '校验' });
  });

  it('refuses a reordered file, naming the rows, writing nothing', async () => {
    const exported = (await download(g1.token, `${theory}/sheet.xlsx`)).body as Buffer;
    const file = await fill(exported, (ws) => {
      const a = ws.getRow(FIRST_ROW).values as ExcelJS.CellValue[];
      const b = ws.getRow(FIRST_ROW + 1).values as ExcelJS.CellValue[];
      ws.getRow(FIRST_ROW).values = [...b.slice(1, 4), '10'];
      ws.getRow(FIRST_ROW + 1).values = [...a.slice(1, 4), '20'];
    });
    const res = await upload(g1.token, theory, file).expect(422);
    expect(
      res.body.details.map((d: { row: number; code: string; column: string }) => [
        d.row,
        d.code,
        d.column,
      ]),
    ).toEqual([
      [FIRST_ROW, 'ROW_MOVED', '准考证号'],
      [FIRST_ROW + 1, 'ROW_MOVED', '准考证号'],
    ]);
    const entry = (await t.http().get(`${API}/${theory}/entries/1`).set(bearer(g1.token))).body;
    expect(entry.rows[0].mark.text).toBe('75 分');
  });

  it('reports bad marks by row and column in Chinese', async () => {
    const exported = (await download(g1.token, `${theory}/sheet.xlsx`)).body as Buffer;
    const file = await fill(exported, (ws) => {
      ws.getCell(FIRST_ROW, 4).value = '100.5';
      ws.getCell(FIRST_ROW + 1, 4).value = '违';
    });
    const res = await upload(g1.token, theory, file, true).expect(422);
    expect(res.body.details).toEqual([
      expect.objectContaining({
        row: FIRST_ROW,
        column: '成绩',
        message: '1 号座位：成绩须为 0–100 分，最多一位小数',
      }),
      expect.objectContaining({ row: FIRST_ROW + 1, column: '违纪类型' }),
    ]);
  });

  it('refuses an import into an entry that is not the caller’s', async () => {
    const exported = (await download(g2.token, `${theory}/sheet.xlsx`)).body as Buffer;
    await upload(g2.token, theory, exported).expect(404);
  });

  it('renders the room’s score sheet and the discrepancy list as PDF and xlsx', async () => {
    await t
      .http()
      .put(`${API}/${theory}/entries/1/marks`)
      .set(bearer(g1.token))
      .send({
        version: (await t.http().get(`${API}/${theory}/entries/1`).set(bearer(g1.token))).body
          .version,
        rows: [
          {
            registrationId: (await t.http().get(`${API}/${theory}`).set(bearer(g1.token))).body
              .rows[5].registrationId,
            mark: { kind: 'score', score: 91 },
          },
        ],
      })
      .expect(200);
    await t
      .http()
      .post(`${API}/${theory}/entries/1/submit`)
      .set(bearer(g1.token))
      .send({
        version: (await t.http().get(`${API}/${theory}/entries/1`).set(bearer(g1.token))).body
          .version,
      })
      .expect(200);
    const e2 = await t
      .http()
      .post(`${API}/${theory}/entries`)
      .set(bearer(g2.token))
      .send({})
      .expect(200);
    const rows = e2.body.rows.map((r: { registrationId: string }, i: number) => ({
      registrationId: r.registrationId,
      mark:
        i === 1
          ? { kind: 'absent' }
          : i === 3
            ? { kind: 'violation', violationType: 'impersonation', violationVoid: 'component' }
            : { kind: 'score', score: [75, 0, 88, 0, 60, 91][i] },
    }));
    await t
      .http()
      .put(`${API}/${theory}/entries/2/marks`)
      .set(bearer(g2.token))
      .send({ version: 0, rows })
      .expect(200);
    await t
      .http()
      .post(`${API}/${theory}/entries/2/submit`)
      .set(bearer(g2.token))
      .send({ version: 1 })
      .expect(200);
    const pending = (await t.http().get(`${API}/score-discrepancies`).set(bearer(admin))).body
      .items;
    expect(pending).toHaveLength(2);
    await t
      .http()
      .post(`${API}/score-results/${pending[0].id}/resolve`)
      .set(bearer(admin))
      .send({ version: 0, kind: 'score', score: 88.5, note: '以纸质评分表为准' })
      .expect(200);

    const pdf = await download(admin, `${theory}/sheet.pdf`).expect(200);
    expect((await PDFDocument.load(pdf.body as Buffer)).getPageCount()).toBe(1);
    const list = await download(admin, 'score-discrepancies.pdf').expect(200);
    expect((await PDFDocument.load(list.body as Buffer)).getPageCount()).toBe(1);
    const xlsx = await download(admin, 'score-discrepancies.xlsx').expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as ExcelJS.Buffer);
    const ws = wb.getWorksheet('差异清单')!;
    expect(ws.getRow(3).getCell(6).value).toBe('88.5 分');
    expect(ws.getRow(3).getCell(8).value).toBe('88.5 分');
    expect(ws.getRow(4).getCell(8).value).toBe('待核对');
    await download(g1.token, 'score-discrepancies.pdf').expect(403);
    if (process.env.E2E_ARTIFACTS) {
      writeFileSync(join(process.env.E2E_ARTIFACTS, 'score-sheet.pdf'), pdf.body as Buffer);
      writeFileSync(join(process.env.E2E_ARTIFACTS, 'discrepancies.pdf'), list.body as Buffer);
    }
  });
});
