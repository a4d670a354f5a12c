import { ScoreResultsService } from '../../src/modules/scoring/score-results.service';
import { adminToken, API, bearer, createTestApp, makeUser, type TestApp } from './harness';
import { seatedSession, type SeatedSession } from './scoring-fixture';

type Row = { registrationId: string; seat: number };
type MarkBody = { kind: string; score?: number; violationType?: string; violationVoid?: string };

describe('scoring: graders, double entry, discrepancies, locking and corrections (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let g1: { id: string; token: string };
  let g2: { id: string; token: string };
  let g3: { id: string; token: string };
  let s: SeatedSession;
  let sheet: string;
  let practicalSheet: string;
  let rows: Row[];
  let cancelledId: string;

  const get = (token: string, path: string) => t.http().get(`${API}/${path}`).set(bearer(token));
  const post = (token: string, path: string, body: object = {}) =>
    t.http().post(`${API}/${path}`).set(bearer(token)).send(body);
  const put = (token: string, path: string, body: object) =>
    t.http().put(`${API}/${path}`).set(bearer(token)).send(body);
  const version = async (token: string, slot: number) =>
    (await get(token, `${sheet}/entries/${slot}`).expect(200)).body.version as number;

  /** Marks of the first grader: seat 1 absent, seat 2 a violation, the others 60, 61, … */
  const firstMarks = (rs: Row[]): MarkBody[] =>
    rs.map((_, i) =>
      i === 0
        ? { kind: 'absent' }
        : i === 1
          ? { kind: 'violation', violationType: 'copying', violationVoid: 'component' }
          : { kind: 'score', score: 60 + i + 0.5 },
    );

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    staff = (await makeUser(t, admin, { role: 'center-staff' })).token;
    g1 = await makeUser(t, admin, { role: 'grader' });
    g2 = await makeUser(t, admin, { role: 'grader' });
    g3 = await makeUser(t, admin, { role: 'grader' });
    s = await seatedSession(t, admin, 31);
    const list = await get(staff, 'score-sheets').expect(200);
    const of = (id: string) =>
      list.body.items.find((x: { sittingId: string }) => x.sittingId === id) as {
        examRoom: number;
      };
    sheet = `score-sheets/${s.theory}/${of(s.theory).examRoom}`;
    practicalSheet = `score-sheets/${s.practical}/${of(s.practical).examRoom}`;
  }, 120_000);
  afterAll(() => t.close());

  it('shows a grader no sheet before assignment, and audits the attempt to open one (404)', async () => {
    expect((await get(g1.token, 'score-sheets').expect(200)).body.total).toBe(0);
    const res = await get(g1.token, sheet).expect(404);
    expect(res.body.code).toBe('SCORE_SHEET_NOT_FOUND');
    const audit = await get(admin, 'audit').query({ action: 'access.denied' }).expect(200);
    expect(audit.body.items[0]).toMatchObject({ actorId: g1.id, outcome: 'denied' });
  });

  it('lets the center assign graders to a sitting or to one exam room', async () => {
    await post(staff, 'grader-assignments', { graderId: g1.id, sittingId: s.theory }).expect(201);
    await post(staff, 'grader-assignments', { graderId: g2.id, sittingId: s.theory }).expect(201);
    const room = Number(practicalSheet.split('/')[2]);
    await post(staff, 'grader-assignments', {
      graderId: g3.id,
      sittingId: s.practical,
      examRoom: room,
    }).expect(201);
    const again = await post(staff, 'grader-assignments', {
      graderId: g1.id,
      sittingId: s.theory,
    }).expect(409);
    expect(again.body.code).toBe('GRADER_ALREADY_ASSIGNED');
    const notGrader = await post(staff, 'grader-assignments', {
      graderId: (await makeUser(t, admin, { role: 'center-staff' })).id,
      sittingId: s.theory,
    }).expect(404);
    expect(notGrader.body.code).toBe('GRADER_NOT_FOUND');
    await post(g1.token, 'grader-assignments', { graderId: g1.id, sittingId: s.practical }).expect(
      403,
    );
    const listed = await get(staff, 'grader-assignments').expect(200);
    expect(listed.body.items).toHaveLength(3);
    expect((await get(g1.token, 'score-sheets').expect(200)).body.items).toHaveLength(1);
  });

  it('refuses a grader a sheet of a sitting not assigned to them (404)', async () => {
    await get(g3.token, sheet).expect(404);
    await post(g3.token, `${sheet}/entries`).expect(404);
    await get(g1.token, practicalSheet).expect(404);
  });

  it('pre-fills the sheet in seat order with the candidates still in the exam', async () => {
    cancelledId = s.ids[0];
    await post(admin, `registrations/${cancelledId}/cancel`, { reason: '资格造假' }).expect(200);
    const res = await get(g1.token, sheet).expect(200);
    rows = res.body.rows;
    expect(rows).toHaveLength(30);
    expect(rows.map((r) => r.seat)).toEqual([...rows.map((r) => r.seat)].sort((a, b) => a - b));
    expect(rows.some((r) => r.registrationId === cancelledId)).toBe(false);
    expect(res.body.rows[0].ticketNumber).toMatch(/^\d{10,}$/);
    expect(res.body.rows[0].final).toBeNull();
  });

  it('gives two different graders one entry each; the same grader never both (409)', async () => {
    const first = await post(g1.token, `${sheet}/entries`).expect(200);
    expect(first.body).toMatchObject({ slot: 1, status: 'draft', version: 0, empty: 30 });
    const twice = await post(g1.token, `${sheet}/entries`, { slot: 2 }).expect(409);
    expect(twice.body.code).toBe('SAME_GRADER_TWICE');
    expect(twice.body.message).toContain('同一评分员不能承担两次录入');
    const taken = await post(g2.token, `${sheet}/entries`, { slot: 1 }).expect(409);
    expect(taken.body.code).toBe('ENTRY_SLOT_TAKEN');
    const second = await post(g2.token, `${sheet}/entries`).expect(200);
    expect(second.body.slot).toBe(2);
    expect((await post(g1.token, `${sheet}/entries`).expect(200)).body.slot).toBe(1);
  });

  it("hides one grader's entry from the other and refuses writing it (404)", async () => {
    await get(g2.token, `${sheet}/entries/1`).expect(404);
    const res = await put(g2.token, `${sheet}/entries/1/marks`, {
      version: 0,
      rows: [{ registrationId: rows[0].registrationId, mark: { kind: 'absent' } }],
    }).expect(404);
    expect(res.body.code).toBe('SCORE_ENTRY_NOT_FOUND');
    await post(g2.token, `${sheet}/entries/1/submit`, { version: 0 }).expect(404);
  });

  it('validates marks: 0–100, at most one decimal, a violation with type and decision', async () => {
    const bad = await put(g1.token, `${sheet}/entries/1/marks`, {
      version: 0,
      rows: [
        { registrationId: rows[0].registrationId, mark: { kind: 'score', score: 72.55 } },
        { registrationId: rows[1].registrationId, mark: { kind: 'score', score: 101 } },
        { registrationId: rows[2].registrationId, mark: { kind: 'violation' } },
      ],
    }).expect(400);
    expect(bad.body.code).toBe('INVALID_MARKS');
    expect(bad.body.details).toHaveLength(3);
    expect(await version(g1.token, 1)).toBe(0);
  });

  it('refuses a mark for a cancelled candidate, writing nothing', async () => {
    const res = await put(g1.token, `${sheet}/entries/1/marks`, {
      version: 0,
      rows: [
        { registrationId: rows[0].registrationId, mark: { kind: 'absent' } },
        { registrationId: cancelledId, mark: { kind: 'score', score: 80 } },
      ],
    }).expect(422);
    expect(res.body.code).toBe('NOT_ON_SHEET');
    expect((await get(g1.token, `${sheet}/entries/1`)).body.empty).toBe(30);
  });

  it('saves drafts conditionally: a stale version answers 409 and overwrites nothing', async () => {
    const row = rows[2].registrationId;
    const ok = await put(g1.token, `${sheet}/entries/1/marks`, {
      version: 0,
      rows: [{ registrationId: row, mark: { kind: 'score', score: 88 } }],
    }).expect(200);
    expect(ok.body).toMatchObject({ version: 1, empty: 29 });
    const stale = await put(g1.token, `${sheet}/entries/1/marks`, {
      version: 0,
      rows: [{ registrationId: row, mark: { kind: 'score', score: 11 } }],
    }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const now = await get(g1.token, `${sheet}/entries/1`).expect(200);
    expect(now.body.rows.find((r: Row) => r.registrationId === row).mark).toMatchObject({
      score: 88,
    });
  });

  it('refuses to submit an entry with empty seats (422), naming them', async () => {
    const res = await post(g1.token, `${sheet}/entries/1/submit`, { version: 1 }).expect(422);
    expect(res.body.code).toBe('ENTRY_INCOMPLETE');
    expect(res.body.details).toHaveLength(29);
  });

  it('compares both submitted entries: agreeing rows final, two disagreements listed', async () => {
    const one = firstMarks(rows);
    const two = one.map((m, i) =>
      i === 5 ? { kind: 'score', score: 56.5 } : i === 6 ? { kind: 'score', score: 0 } : m,
    );
    const body = (marks: MarkBody[], v: number) => ({
      version: v,
      rows: rows.map((r, i) => ({ registrationId: r.registrationId, mark: marks[i] })),
    });
    await put(g1.token, `${sheet}/entries/1/marks`, body(one, 1)).expect(200);
    await put(g2.token, `${sheet}/entries/2/marks`, body(two, 0)).expect(200);
    await post(g1.token, `${sheet}/entries/1/submit`, { version: 2 }).expect(200);
    expect((await get(staff, sheet)).body.status).toBe('entering');
    await post(g2.token, `${sheet}/entries/2/submit`, { version: 1 }).expect(200);
    const after = await get(staff, sheet).expect(200);
    expect(after.body).toMatchObject({
      status: 'reconciling',
      pendingDiscrepancies: 2,
      finalRows: 28,
    });
    expect(after.body.rows[0].final).toMatchObject({ kind: 'absent', text: '缺考' });
    expect(after.body.rows[5].final).toBeNull();
    const list = await get(staff, 'score-discrepancies').query({ status: 'pending' }).expect(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items[0]).toMatchObject({
      seat: rows[5].seat,
      first: { score: 65.5 },
      second: { score: 56.5 },
      status: 'pending',
    });
    expect(list.body.items[1]).toMatchObject({
      first: { text: '66.5 分' },
      second: { text: '0 分' },
    });
    const resubmit = await put(g1.token, `${sheet}/entries/1/marks`, body(one, 3)).expect(409);
    expect(resubmit.body.code).toBe('ENTRY_SUBMITTED');
  });

  it('refuses to lock while a discrepancy is pending', async () => {
    const res = await post(staff, `sittings/${s.theory}/score-lock`).expect(409);
    expect(res.body.code).toBe('SHEETS_NOT_FINAL');
    expect(res.body.message).toContain('待核对差异');
  });

  it('lets the center resolve each discrepancy against the paper sheet, with a note', async () => {
    const list = (await get(staff, 'score-discrepancies').query({ status: 'pending' })).body.items;
    const stale = await post(staff, `score-results/${list[0].id}/resolve`, {
      version: 7,
      kind: 'score',
      score: 65.5,
      note: '核对纸质评分表',
    }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    await post(staff, `score-results/${list[0].id}/resolve`, {
      version: 0,
      kind: 'score',
      score: 65.5,
    }).expect(400);
    await post(g1.token, `score-results/${list[0].id}/resolve`, {
      version: 0,
      kind: 'score',
      score: 65.5,
      note: 'x',
    }).expect(403);
    for (const d of list) {
      await post(staff, `score-results/${d.id}/resolve`, {
        version: d.version,
        kind: 'score',
        score: d.first.score,
        note: '核对纸质评分表，第二录入误录',
      }).expect(200);
    }
    const after = await get(staff, sheet).expect(200);
    expect(after.body).toMatchObject({ status: 'final', pendingDiscrepancies: 0, finalRows: 30 });
    const resolved = await get(staff, 'score-discrepancies').query({ status: 'resolved' });
    expect(resolved.body.items[0]).toMatchObject({
      note: '核对纸质评分表，第二录入误录',
      decided: { score: 65.5 },
    });
  });

  it('locks the sitting; afterwards graders cannot write (409)', async () => {
    await post(g1.token, `sittings/${s.theory}/score-lock`).expect(403);
    const res = await post(staff, `sittings/${s.theory}/score-lock`).expect(200);
    expect(res.body.locked).toBe(true);
    const write = await put(g1.token, `${sheet}/entries/1/marks`, {
      version: 3,
      rows: [{ registrationId: rows[3].registrationId, mark: { kind: 'absent' } }],
    }).expect(409);
    expect(write.body.code).toBe('SCORES_LOCKED');
    expect((await post(g1.token, `${sheet}/entries`).expect(409)).body.code).toBe('SCORES_LOCKED');
    expect((await get(g1.token, 'score-sheets')).body.items[0].locked).toBe(true);
  });

  it('exposes final marks and the lock to the pass rule', async () => {
    const marks = await t.app
      .get(ScoreResultsService)
      .finalMarks(rows.slice(0, 4).map((r) => r.registrationId));
    expect([...marks.values()].map((m) => m.theory)).toEqual([
      { mark: { mark: 'absent' }, locked: true },
      { mark: { mark: 'violation', void: 'component' }, locked: true },
      { mark: { score: 62.5 }, locked: true },
      { mark: { score: 63.5 }, locked: true },
    ]);
    expect(marks.get(rows[0].registrationId)!.practical).toEqual({ mark: null, locked: false });
  });

  it('lets only the center correct a final mark, with a reason, visible in the history', async () => {
    const row = (await get(staff, sheet)).body.rows[3];
    const path = `score-results/${row.resultId}/correct`;
    await post(g1.token, path, {
      version: row.resultVersion,
      kind: 'score',
      score: 70,
      reason: '复核',
    }).expect(403);
    const noReason = await post(staff, path, {
      version: row.resultVersion,
      kind: 'score',
      score: 70,
    }).expect(400);
    expect(noReason.body.details[0].field).toBe('reason');
    await post(staff, path, {
      version: row.resultVersion,
      kind: 'score',
      score: 70,
      reason: '   ',
    }).expect(400);
    const ok = await post(staff, path, {
      version: row.resultVersion,
      kind: 'score',
      score: 70,
      reason: '复核试卷发现漏计一题',
    }).expect(200);
    expect(ok.body).toMatchObject({ source: 'corrected', mark: { score: 70 } });
    const history = await get(s.unit, `registrations/${row.registrationId}/history`)
      .query({ pageSize: 100 })
      .expect(200);
    const corrected = history.body.items.find(
      (e: { action: string }) => e.action === 'score.corrected',
    );
    expect(corrected.before).toMatchObject({ component: '理论考试', mark: '63.5 分' });
    expect(corrected.after).toMatchObject({ mark: '70 分', reason: '复核试卷发现漏计一题' });
    expect(history.body.items.some((e: { action: string }) => e.action === 'score.finalized')).toBe(
      true,
    );
  });

  it('unlocks only for the administrator, with a reason, audited', async () => {
    await post(staff, `sittings/${s.theory}/score-unlock`, { reason: '更正' }).expect(403);
    await post(admin, `sittings/${s.theory}/score-unlock`, {}).expect(400);
    const res = await post(admin, `sittings/${s.theory}/score-unlock`, {
      reason: '复核申请',
    }).expect(200);
    expect(res.body.locked).toBe(false);
    const audit = await get(admin, 'audit').query({ action: 'score.unlocked' }).expect(200);
    expect(audit.body.items[0].after).toMatchObject({ reason: '复核申请' });
    await post(admin, `sittings/${s.theory}/score-unlock`, { reason: '再次' }).expect(409);
  });
});
