import type { LevelDefinition } from '../../exam-sessions/domain/session-rules';
import type { KeptMark } from '../../results/domain/official-marks';
import { attendance, rate, sessionStatistics, type StatisticsRow } from './session-statistics';

const LEVELS: LevelDefinition[] = [
  { code: 'junior', name: '初级工', rank: 1, components: ['theory', 'practical'] },
  { code: 'intermediate', name: '中级工', rank: 2, components: ['theory', 'practical'] },
  { code: 'senior', name: '高级工', rank: 3, components: ['theory', 'practical'] },
  { code: 'technician', name: '技师', rank: 4, components: ['theory', 'practical', 'review'] },
];
const CATEGORIES = [
  '汽车驾驶员',
  '汽车修理工',
  '计算机操作员',
  '电工',
  '中式烹调师',
  '收银员',
  '综合',
];
const DIMS = { paperCategories: CATEGORIES, levels: LEVELS };

const score = (s: number, locked = true): KeptMark => ({ mark: { score: s }, locked });
const ABSENT: KeptMark = { mark: { mark: 'absent' }, locked: true };
const VIOLATION: KeptMark = { mark: { mark: 'violation', void: 'component' }, locked: true };
const VOIDS_EXAM: KeptMark = { mark: { mark: 'violation', void: 'exam' }, locked: true };
const SEATED: KeptMark = { mark: null, locked: false };

const row = (over: Partial<StatisticsRow> = {}): StatisticsRow => ({
  status: 'accepted',
  mode: 'exam',
  level: 'senior',
  paperCategory: '电工',
  departmentId: 'd1',
  departmentName: '大连市教育局',
  route: 'standard',
  standing: { marks: { theory: score(70), practical: score(80) }, outcome: 'passed' },
  ...over,
});
const filed = (
  theory: KeptMark | null,
  practical: KeptMark | null,
  outcome: 'passed' | 'failed' | 'pending',
  over: Partial<StatisticsRow> = {},
) => row({ standing: { marks: { theory, practical }, outcome }, ...over });

describe('attendance (实考 / 缺考 / 成绩待定, locked marks only)', () => {
  const TP = ['theory', 'practical'];
  const cases: [string, KeptMark | null, KeptMark | null, string][] = [
    ['both scored', score(70), score(50), 'sat'],
    ['one scored, the other 缺考', score(70), ABSENT, 'sat'],
    ['one scored, the other not locked yet', score(70), score(90, false), 'sat'],
    ['a 违纪 counts as having come', VIOLATION, ABSENT, 'sat'],
    ['a violation voiding the exam counts as having come', VOIDS_EXAM, null, 'sat'],
    ['缺考 on both components', ABSENT, ABSENT, 'absent'],
    ['缺考 so far, the practical still open', ABSENT, SEATED, 'absent'],
    ['缺考 so far, the practical not recorded', null, ABSENT, 'absent'],
    ['seated, nothing locked', SEATED, SEATED, 'awaitingMarks'],
    ['a score whose sitting is not locked', score(90, false), null, 'awaitingMarks'],
    ['no marks at all', null, null, 'awaitingMarks'],
  ];
  it.each(cases.map(([d, t, p, e]) => [`${d} → ${e}`, t, p, e] as const))(
    '%s',
    (_, theory, practical, expected) => {
      expect(attendance({ theory, practical }, TP)).toBe(expected);
    },
  );

  it('looks only at the components the level has', () => {
    expect(attendance({ theory: SEATED, practical: ABSENT }, ['theory'])).toBe('awaitingMarks');
    expect(attendance({ theory: null, practical: null }, [])).toBe('awaitingMarks');
  });
});

describe('rate (percent, one decimal)', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [5, 5, 100],
    [0, 4, 0],
  ])('%i of %i → %d%%', (part, whole, expected) => expect(rate(part, whole)).toBe(expected));

  it('is null, not 0, when nothing divides (no one filed, no one sat)', () => {
    expect(rate(0, 0)).toBeNull();
  });
});

describe('sessionStatistics', () => {
  const rows: StatisticsRow[] = [
    filed(score(70), score(80), 'passed'),
    filed(score(70), score(40), 'failed', { level: 'intermediate' }),
    filed(ABSENT, ABSENT, 'failed', { paperCategory: '汽车驾驶员', route: 'veteran' }),
    filed(score(70, false), SEATED, 'pending', { level: 'technician' }),
    row({ standing: null }),
    row({
      mode: 'exempt-review',
      level: 'technician',
      standing: { marks: { theory: null, practical: null }, outcome: 'passed' },
    }),
    row({
      mode: 'exempt-review',
      standing: { marks: { theory: null, practical: null }, outcome: 'pending' },
    }),
    row({ status: 'cancelled', standing: null }),
    row({
      status: 'registered',
      standing: null,
      departmentId: 'd2',
      departmentName: '大连市财政局',
    }),
    row({ status: 'department-submitted', standing: null }),
  ];
  const s = sessionStatistics(rows, DIMS);

  it('counts every definition in the totals', () => {
    expect(s.total).toEqual({
      registered: 10,
      inReview: 2,
      cancelled: 1,
      accepted: 7,
      exempt: 2,
      examinees: 5,
      sat: 2,
      absent: 1,
      awaitingMarks: 2,
      passed: 2,
      failed: 2,
      undecided: 3,
      passRate: 28.6,
      satPassRate: 50,
    });
  });

  it('partitions: registered = in review + cancelled + accepted; accepted = exempt + examinees', () => {
    const t = s.total;
    expect(t.inReview + t.cancelled + t.accepted).toBe(t.registered);
    expect(t.exempt + t.examinees).toBe(t.accepted);
    expect(t.sat + t.absent + t.awaitingMarks).toBe(t.examinees);
    expect(t.passed + t.failed + t.undecided).toBe(t.accepted);
  });

  it('never counts a cancelled or unfiled registration as filed, exempt or sitting', () => {
    const only = sessionStatistics(
      [
        row({ status: 'cancelled', mode: 'exempt-review' }),
        row({ status: 'in-publicity', standing: null }),
      ],
      DIMS,
    ).total;
    expect(only).toMatchObject({ registered: 2, cancelled: 1, inReview: 1, accepted: 0 });
    expect(only).toMatchObject({ exempt: 0, sat: 0, passed: 0, passRate: null });
  });

  it('shows all seven paper categories in 附件3 order, zeros included', () => {
    expect(s.byPaperCategory.map((g) => g.name)).toEqual(CATEGORIES);
    const driver = s.byPaperCategory[0].figures;
    expect(driver).toMatchObject({ registered: 1, absent: 1, sat: 0, passRate: 0 });
    expect(driver.satPassRate).toBeNull();
    const cashier = s.byPaperCategory[5].figures;
    expect(cashier).toMatchObject({ registered: 0, accepted: 0, passRate: null });
  });

  it('shows the four levels in order, routes and modes in their defined order', () => {
    expect(s.byLevel.map((g) => g.name)).toEqual(['初级工', '中级工', '高级工', '技师']);
    expect(s.byLevel.map((g) => g.figures.registered)).toEqual([0, 1, 7, 2]);
    expect(s.byRoute.map((g) => g.name)).toEqual([
      '正常晋升',
      '普通工转技术工',
      '退役士兵',
      '管理岗位转聘',
      '专业技术岗位转聘',
      '公开招聘',
    ]);
    expect(s.byRoute.find((g) => g.key === 'veteran')!.figures.absent).toBe(1);
    expect(s.byMode.map((g) => [g.name, g.figures.accepted])).toEqual([
      ['考试', 5],
      ['免考复核认定', 2],
    ]);
  });

  it('lists only departments with registrations, by pinyin, and each adds up to the total', () => {
    expect(s.byDepartment.map((g) => g.name)).toEqual(['大连市财政局', '大连市教育局']);
    for (const f of ['registered', 'accepted', 'sat', 'passed'] as const) {
      const sum = (gs: typeof s.byLevel) => gs.reduce((n, g) => n + g.figures[f], 0);
      for (const gs of [s.byDepartment, s.byLevel, s.byPaperCategory, s.byRoute, s.byMode]) {
        expect(sum(gs)).toBe(s.total[f]);
      }
    }
  });

  it('counts an exempt candidate as passed on approval, never as sat or absent', () => {
    const exempt = s.byMode[1].figures;
    expect(exempt).toMatchObject({ exempt: 2, examinees: 0, sat: 0, absent: 0, passed: 1 });
    expect(exempt.passRate).toBe(50);
    expect(exempt.satPassRate).toBeNull();
  });

  it('answers zeros and null rates for a session without registrations', () => {
    const empty = sessionStatistics([], DIMS);
    expect(empty.total.registered).toBe(0);
    expect(empty.total.passRate).toBeNull();
    expect(empty.byPaperCategory).toHaveLength(7);
    expect(empty.byDepartment).toEqual([]);
  });
});
