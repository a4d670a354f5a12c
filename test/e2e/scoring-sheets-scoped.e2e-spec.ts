import * as ExcelJS from 'exceljs';
import { adminToken, API, bearer, binary, createTestApp, makeUser, type TestApp } from './harness';
import { seatedSession, type SeatedSession } from './scoring-fixture';

type Mark = { kind: 'score'; score: number } | { kind: 'absent' };
type Sheet = {
  sittingId: string;
  examRoom: number;
  label: string;
  venueName: string;
  roomName: string;
  date: string;
  startTime: string;
  endTime: string;
  candidates: number;
  paperCategory: string;
  componentName: string;
};

/**
 * The double entry's cheaper paths (issue 12) read one sheet, or a sitting set-based, where
 * they used to read the whole sitting or re-read the sheet after the commit. With three exam
 * rooms per sitting, each answer must still be the one sheet's, and equal to a later read.
 */
describe('score sheets read one at a time: answers, summaries, export, lock, discrepancies (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let g1: { id: string; token: string };
  let g2: { id: string; token: string };
  let s: SeatedSession;
  let theory: Sheet[];
  let practical: Sheet[];
  /** A candidate of the first theory sheet the second grader keys differently. */
  let disputed: string;

  const get = (token: string, path: string) => t.http().get(`${API}/${path}`).set(bearer(token));
  const post = (token: string, path: string, body: object = {}) =>
    t.http().post(`${API}/${path}`).set(bearer(token)).send(body);
  const pathOf = (x: Sheet) => `score-sheets/${x.sittingId}/${x.examRoom}`;
  const list = async (token: string) =>
    (await get(token, 'score-sheets').query({ pageSize: 100 }).expect(200)).body.items as (Sheet &
      Record<string, unknown>)[];
  /** Every candidate a distinct score; `bump` changes the given candidates' (a disagreement). */
  const markOf = (id: string, sitting: string, bump: string[] = []): Mark => ({
    kind: 'score',
    score: (sitting === s.theory ? 60 : 70) + s.ids.indexOf(id) + (bump.includes(id) ? 5 : 0),
  });

  /** Claims an entry, saves every row and submits it; each answer equal to a read afterwards. */
  async function keyEntry(
    g: { token: string },
    x: Sheet,
    opts: { bump?: string[]; submit?: boolean } = {},
  ) {
    const path = pathOf(x);
    const sameAsRead = async (body: { slot: number }) =>
      expect(body).toEqual((await get(g.token, `${path}/entries/${body.slot}`).expect(200)).body);
    const claimed = (await post(g.token, `${path}/entries`).expect(200)).body;
    await sameAsRead(claimed);
    const saved = (
      await t
        .http()
        .put(`${API}/${path}/entries/${claimed.slot}/marks`)
        .set(bearer(g.token))
        .send({
          version: claimed.version,
          rows: claimed.rows.map((r: { registrationId: string }) => ({
            registrationId: r.registrationId,
            mark: markOf(r.registrationId, x.sittingId, opts.bump),
          })),
        })
        .expect(200)
    ).body;
    await sameAsRead(saved);
    if (opts.submit === false) return saved;
    const submitted = (
      await post(g.token, `${path}/entries/${claimed.slot}/submit`, {
        version: saved.version,
      }).expect(200)
    ).body;
    await sameAsRead(submitted);
    return submitted;
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    g1 = await makeUser(t, admin, { role: 'grader' });
    g2 = await makeUser(t, admin, { role: 'grader' });
    s = await seatedSession(t, admin, 9, 3);
    for (const g of [g1, g2])
      for (const sittingId of [s.theory, s.practical])
        await post(admin, 'grader-assignments', { graderId: g.id, sittingId }).expect(201);
    const sheets = await list(admin);
    const of = (id: string) =>
      sheets.filter((x) => x.sittingId === id).sort((a, b) => a.examRoom - b.examRoom);
    theory = of(s.theory);
    practical = of(s.practical);
  }, 120_000);
  afterAll(() => t.close());

  it('seats each sitting in three exam rooms, each its own sheet', () => {
    expect(theory.map((x) => x.candidates)).toEqual([3, 3, 3]);
    expect(practical.map((x) => x.candidates)).toEqual([3, 3, 3]);
  });

  it('answers a claim (new and again), a save and a submit as a read of the entry afterwards', async () => {
    const first = await keyEntry(g1, theory[0]);
    expect(first).toMatchObject({ slot: 1, status: 'submitted', version: 2, empty: 0 });
    const again = (await post(g1.token, `${pathOf(theory[0])}/entries`).expect(200)).body;
    expect(again).toEqual(first);
    disputed = first.rows[0].registrationId;
    const second = await keyEntry(g2, theory[0], { bump: [disputed] });
    expect(second).toMatchObject({ slot: 2, status: 'submitted', locked: false });
  });

  it("exports a sheet headed with its own room and candidates, not its sitting's", async () => {
    const x = theory[1];
    const cancelled = (await get(admin, pathOf(x)).expect(200)).body.rows[2].registrationId;
    await post(admin, `registrations/${cancelled}/cancel`, { reason: '资格造假' }).expect(200);
    const now = (await list(g1.token)).find(
      (y) => y.sittingId === x.sittingId && y.examRoom === x.examRoom,
    )!;
    expect(now.candidates).toBe(2);
    const res = await get(g1.token, `${pathOf(x)}/sheet.xlsx`)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      `${x.paperCategory}${x.componentName}评分表-${x.label}.xlsx`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ExcelJS.Buffer);
    const ws = wb.getWorksheet('评分表')!;
    expect(ws.getCell(1, 1).value).toBe(`${x.paperCategory}${x.componentName}评分表`);
    expect(ws.getCell(3, 1).value).toBe(
      `${x.label}（${x.venueName} ${x.roomName}）  ${x.date} ${x.startTime}–${x.endTime}  共 2 人`,
    );
    expect(ws.getCell(5 + 2, 1).value).toBeNull();
  });

  it('summarises each sheet in its detail exactly as the list does, for the center and a grader', async () => {
    await keyEntry(g1, theory[1]);
    await keyEntry(g1, theory[2], { submit: false });
    for (const token of [admin, g1.token, g2.token]) {
      for (const item of await list(token)) {
        const detail = (await get(token, pathOf(item)).expect(200)).body;
        const { rows: _rows, ...summary } = detail;
        expect(summary).toEqual(item);
      }
    }
  });

  it('refuses to lock naming only the sheets not final, each with its own status', async () => {
    const res = await post(admin, `sittings/${s.theory}/score-lock`).expect(409);
    expect(res.body.code).toBe('SHEETS_NOT_FINAL');
    expect(res.body.details).toEqual([
      {
        field: String(theory[0].examRoom),
        code: 'SHEET_NOT_FINAL',
        message: `${theory[0].label}待核对差异`,
      },
      {
        field: String(theory[1].examRoom),
        code: 'SHEET_NOT_FINAL',
        message: `${theory[1].label}录入中`,
      },
      {
        field: String(theory[2].examRoom),
        code: 'SHEET_NOT_FINAL',
        message: `${theory[2].label}录入中`,
      },
    ]);
  });

  it("lists each disputed row with its own sheet's two entries, resolved rows kept", async () => {
    const x = disputed;
    const n = s.ids.indexOf(x);
    // The same candidate disputed in the practical sitting too, with other marks.
    for (const p of practical) {
      const rows = (await get(admin, pathOf(p)).expect(200)).body.rows as {
        registrationId: string;
      }[];
      if (!rows.some((r) => r.registrationId === x)) continue;
      await keyEntry(g1, p);
      await keyEntry(g2, p, { bump: [x] });
    }
    const pending = (
      await get(admin, 'score-discrepancies').query({ status: 'pending' }).expect(200)
    ).body.items as Record<string, unknown>[];
    expect(pending).toHaveLength(2);
    expect(pending.map((d) => [d.registrationId, d.sittingId, d.first, d.second])).toEqual([
      [
        x,
        s.theory,
        expect.objectContaining({ score: 60 + n }),
        expect.objectContaining({ score: 65 + n }),
      ],
      [
        x,
        s.practical,
        expect.objectContaining({ score: 70 + n }),
        expect.objectContaining({ score: 75 + n }),
      ],
    ]);
    const theoryRow = pending[0] as { id: string; version: number };
    await post(admin, `score-results/${theoryRow.id}/resolve`, {
      kind: 'score',
      score: 60 + n,
      version: theoryRow.version,
      note: '核对纸质评分表',
    }).expect(200);
    const all = (await get(admin, 'score-discrepancies').expect(200)).body.items;
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({
      sittingId: s.theory,
      status: 'resolved',
      first: { score: 60 + n },
      second: { score: 65 + n },
      decided: { score: 60 + n },
    });
    const resolved = (await get(admin, 'score-discrepancies').query({ status: 'resolved' })).body;
    expect(resolved.items.map((d: { id: string }) => d.id)).toEqual([theoryRow.id]);
  });

  it('locks once every sheet is final, a cancelled candidate left out', async () => {
    await keyEntry(g2, theory[1]);
    const draft = (await get(g1.token, `${pathOf(theory[2])}/entries/1`).expect(200)).body;
    await post(g1.token, `${pathOf(theory[2])}/entries/1/submit`, {
      version: draft.version,
    }).expect(200);
    const one = await post(admin, `sittings/${s.theory}/score-lock`).expect(409);
    expect(one.body.details).toEqual([
      {
        field: String(theory[2].examRoom),
        code: 'SHEET_NOT_FINAL',
        message: `${theory[2].label}录入中`,
      },
    ]);
    await keyEntry(g2, theory[2]);
    await post(admin, `sittings/${s.theory}/score-lock`).expect(200);
    // The lock is read with the sitting: this sitting's sheets locked, the other's not.
    for (const x of [...theory, ...practical]) {
      const locked = x.sittingId === s.theory;
      expect((await get(g1.token, pathOf(x)).expect(200)).body.locked).toBe(locked);
    }
    expect((await get(g1.token, `${pathOf(theory[0])}/entries/1`).expect(200)).body.locked).toBe(
      true,
    );
    const late = await post(g2.token, `${pathOf(practical[2])}/entries`).expect(200);
    expect(late.body.locked).toBe(false);
  });
});
