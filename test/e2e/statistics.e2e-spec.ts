import ExcelJS from 'exceljs';
import {
  adminToken,
  API,
  bearer,
  binary,
  createTestApp,
  login,
  makeUser,
  type TestApp,
} from './harness';

const TODAY = '2026-11-25';
const PASSWORD = 'Demo#Try2026';

interface Figures {
  registered: number;
  inReview: number;
  cancelled: number;
  accepted: number;
  exempt: number;
  examinees: number;
  sat: number;
  absent: number;
  awaitingMarks: number;
  passed: number;
  failed: number;
  undecided: number;
  passRate: number | null;
  satPassRate: number | null;
}
interface Group {
  key: string;
  name: string;
  figures: Figures;
}
interface Stats {
  examYear: number;
  scopeName: string;
  labels: { key: string; label: string }[];
  total: Figures;
  byPaperCategory: Group[];
  byLevel: Group[];
  byDepartment: Group[];
  byRoute: Group[];
  byMode: Group[];
}
interface ResultRow {
  mode: string;
  outcome: string;
  departmentName: string;
  theory: { text: string } | null;
  practical: { text: string } | null;
}

/** A session's statistics on the demo season, checked against the results and the counts. */
describe('statistics (e2e, DEMO=1)', () => {
  let t: TestApp;
  let staff: string;
  let dept: string;

  beforeAll(async () => {
    t = await createTestApp({ DEMO: '1', DEMO_PASSWORD: PASSWORD }, `${TODAY}T02:00:00Z`);
    staff = await login(t, 'demo-staff', PASSWORD);
    dept = await login(t, 'demo-dept', PASSWORD);
  });
  afterAll(() => t.close());

  const stats = async (token: string, query: object = {}) =>
    (await t.http().get(`${API}/statistics`).query(query).set(bearer(token)).expect(200))
      .body as Stats;
  const results = async (token: string) =>
    (await t.http().get(`${API}/results`).query({ pageSize: 100 }).set(bearer(token)).expect(200))
      .body.items as ResultRow[];

  /** 实考 / 缺考 / 成绩待定 as the results list shows each examinee's locked marks. */
  const attendanceOf = (r: ResultRow) => {
    const texts = [r.theory!.text, r.practical!.text];
    if (texts.some((x) => x !== '缺考' && x !== '—')) return 'sat';
    return texts.includes('缺考') ? 'absent' : 'awaitingMarks';
  };

  it('counts what the registration counts and the results list show', async () => {
    const s = await stats(staff);
    const counts = (
      await t.http().get(`${API}/registrations/counts`).set(bearer(staff)).expect(200)
    ).body as { total: number; byStatus: { status: string; count: number }[] };
    const status = (x: string) => counts.byStatus.find((c) => c.status === x)!.count;
    const filed = await results(staff);
    const exam = filed.filter((r) => r.mode === 'exam');
    const count = (rows: ResultRow[], f: (r: ResultRow) => boolean) => rows.filter(f).length;
    const passed = count(filed, (r) => r.outcome === 'passed');
    expect(s.examYear).toBe(2026);
    expect(s.scopeName).toBe('全市');
    expect(s.total).toEqual({
      registered: counts.total,
      inReview: counts.total - status('accepted') - status('cancelled'),
      cancelled: status('cancelled'),
      accepted: filed.length,
      exempt: filed.length - exam.length,
      examinees: exam.length,
      sat: count(exam, (r) => attendanceOf(r) === 'sat'),
      absent: count(exam, (r) => attendanceOf(r) === 'absent'),
      awaitingMarks: count(exam, (r) => attendanceOf(r) === 'awaitingMarks'),
      passed,
      failed: count(filed, (r) => r.outcome === 'failed'),
      undecided: count(filed, (r) => r.outcome === 'pending'),
      passRate: Math.round((passed * 1000) / filed.length) / 10,
      satPassRate: expect.any(Number),
    });
    // The demo season has these kinds of figure, so the checks above do not compare zeros.
    for (const f of ['inReview', 'accepted', 'exempt', 'sat', 'passed', 'failed'] as const) {
      expect([f, s.total[f]]).not.toEqual([f, 0]);
    }
    expect(s.labels).toContainEqual({ key: 'passRate', label: '合格率（合格人数 ÷ 备案人数）' });
  });

  it('breaks down by every dimension, each adding up to the totals', async () => {
    const s = await stats(staff);
    expect(s.byPaperCategory.map((g) => g.name)).toEqual([
      '汽车驾驶员',
      '汽车修理工',
      '计算机操作员',
      '电工',
      '中式烹调师',
      '收银员',
      '综合',
    ]);
    expect(s.byLevel.map((g) => g.name)).toEqual(['初级工', '中级工', '高级工', '技师']);
    expect(s.byRoute).toHaveLength(6);
    expect(s.byMode.map((g) => g.name)).toEqual(['考试', '免考复核认定']);
    expect(s.byDepartment.map((g) => g.name)).toEqual([
      '大连市演示教育局',
      '高新区党群工作部（演示）',
      '演示区人力资源和社会保障局',
    ]);
    for (const groups of [s.byPaperCategory, s.byLevel, s.byDepartment, s.byRoute, s.byMode]) {
      for (const f of ['registered', 'accepted', 'exempt', 'sat', 'absent', 'passed'] as const) {
        expect(groups.reduce((n, g) => n + g.figures[f], 0)).toBe(s.total[f]);
      }
    }
  });

  it('gives a department its own figures: its row of the center’s table, and the same filter', async () => {
    const mine = await stats(dept);
    const all = await stats(staff);
    const row = all.byDepartment.find((g) => g.name === mine.scopeName)!;
    expect(mine.scopeName).toBe('大连市演示教育局');
    expect(mine.total).toEqual(row.figures);
    expect(mine.byDepartment).toEqual([row]);
    expect(mine.total.accepted).toBe((await results(dept)).length);
    expect((await stats(staff, { departmentId: row.key })).total).toEqual(row.figures);
    expect((await stats(dept, { departmentId: row.key })).total).toEqual(row.figures);
  });

  it('keeps a unit to its own people', async () => {
    const unit = await login(t, 'demo-unit2', PASSWORD);
    const s = await stats(unit);
    const mine = await results(unit);
    expect(s.total.accepted).toBe(mine.length);
    expect(s.total.passed).toBe(mine.filter((r) => r.outcome === 'passed').length);
    expect(s.total.registered).toBeLessThan((await stats(dept)).total.registered);
  });

  it('answers 404 for another department, 403 to a grader, 400 for a bad filter', async () => {
    const other = (await stats(staff)).byDepartment.find((g) => g.name !== '大连市演示教育局')!;
    const res = await t
      .http()
      .get(`${API}/statistics`)
      .query({ departmentId: other.key })
      .set(bearer(dept))
      .expect(404);
    expect(res.body.code).toBe('DEPARTMENT_NOT_FOUND');
    const grader = (await makeUser(t, await adminToken(t), { role: 'grader' })).token;
    await t.http().get(`${API}/statistics`).set(bearer(grader)).expect(403);
    await t.http().get(`${API}/statistics.xlsx`).set(bearer(grader)).expect(403);
    const bad = await t
      .http()
      .get(`${API}/statistics`)
      .query({ departmentId: 'x' })
      .set(bearer(staff))
      .expect(400);
    expect(bad.body.details[0].field).toBe('departmentId');
  });

  it('exports the same figures as a workbook: a sheet per breakdown, numbers and percentages', async () => {
    const s = await stats(staff);
    const res = await t
      .http()
      .get(`${API}/statistics.xlsx`)
      .set(bearer(staff))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('2026年度考核统计-全市.xlsx'),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '总体',
      '按试卷类别',
      '按等级',
      '按主管部门',
      '按报名途径',
      '按考核方式',
    ]);
    const total = wb.getWorksheet('总体')!;
    expect(total.getCell(1, 1).value).toContain('2026年度');
    expect(total.getRow(3).values).toEqual(expect.arrayContaining(['范围', '报名人数', '合格率']));
    expect(total.getCell(4, 2).value).toBe(s.total.registered);
    expect(total.getCell(4, 11).value).toBe(s.total.passed);
    expect(total.getCell(4, 14).value).toBeCloseTo(s.total.passRate! / 100, 5);
    expect(total.getCell(4, 14).numFmt).toBe('0.0%');
    expect(total.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const levels = wb.getWorksheet('按等级')!;
    expect(levels.getCell(4, 1).value).toBe('初级工');
    expect(levels.getCell(8, 1).value).toBe('合计');
    expect(levels.getCell(7, 2).value).toBe(s.byLevel[3].figures.registered);
  });
});
