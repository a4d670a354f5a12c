import { compareZh } from '../../../common/text/collation';
import { MODES, ROUTES, type Mode, type Route } from '../../eligibility/domain/eligibility.types';
import type { Level, LevelDefinition } from '../../exam-sessions/domain/session-rules';
import type { Status } from '../../registrations/domain/registration-status';
import { ROUTE_NAMES } from '../../registrations/domain/route-names';
import { officialMarks, type KeptMark } from '../../results/domain/official-marks';
import type { ComponentResult } from '../../results/domain/pass-rule.types';

/**
 * A session's figures (issue 11 "Statistics"), counted from one row per registration.
 *
 * - 报名人数 registered: every registration on record for the session, in any state. A unit
 *   enters a registration as the person's application (state `registered`, 已报名待单位审核);
 *   the state machine keeps no history, so "submitted at least once" cannot be told apart from a
 *   draft, and a withdrawn registration is deleted and not counted.
 * - 审核中 inReview: registered, neither filed nor cancelled (still with the unit, the
 *   department, or the center).
 * - 取消资格 cancelled: the center cancelled the qualification (七(三)), at any stage.
 * - 备案人数 accepted: filed by the center (state `accepted`), not cancelled.
 * - 免考人数 exempt: accepted with mode `exempt-review` (免考复核认定, 二(九)).
 * - 应考人数 examinees: accepted with mode `exam`.
 * - 实考 sat / 缺考 absent / 成绩待定 awaitingMarks partition the examinees, on locked marks only
 *   (official marks, as the pass rule reads them) of the level's scored components (理论, 实操):
 *   sat = at least one component scored or marked 违纪 (the candidate came); absent = at least
 *   one component locked and every locked one 缺考 (a 缺考 already fails the candidate, 三; a
 *   score locked later for the other component moves them to sat); awaitingMarks = no
 *   component locked yet.
 * - 合格 passed / 不合格 failed / 待定 undecided: the outcome of the pass rule for each accepted
 *   candidate (results' candidateResult, reused as given, not re-derived here).
 * - 合格率 passRate = passed ÷ accepted; 实考合格率 satPassRate = passed by exam ÷ sat. Percentages
 *   with one decimal; null when the denominator is 0 (no rate rather than a misleading 0).
 */
export interface StatisticsRow {
  status: Status;
  mode: Mode;
  level: Level;
  paperCategory: string;
  departmentId: string;
  departmentName: string;
  route: Route;
  /** For a filed candidate: the kept marks and the pass rule's outcome; null otherwise. */
  standing: {
    marks: { theory: KeptMark | null; practical: KeptMark | null };
    outcome: 'passed' | 'failed' | 'pending';
  } | null;
}

export const FIGURES = [
  'registered',
  'inReview',
  'cancelled',
  'accepted',
  'exempt',
  'examinees',
  'sat',
  'absent',
  'awaitingMarks',
  'passed',
  'failed',
  'undecided',
] as const;
export type Figure = (typeof FIGURES)[number];

export const FIGURE_NAMES: Record<Figure | 'passRate' | 'satPassRate', string> = {
  registered: '报名人数',
  inReview: '审核中',
  cancelled: '取消资格',
  accepted: '备案人数',
  exempt: '免考人数',
  examinees: '应考人数',
  sat: '实考人数',
  absent: '缺考人数',
  awaitingMarks: '成绩待定',
  passed: '合格人数',
  failed: '不合格人数',
  undecided: '待判定',
  passRate: '合格率（合格人数 ÷ 备案人数）',
  satPassRate: '实考合格率（考试合格人数 ÷ 实考人数）',
};

export type Figures = Record<Figure, number> & {
  passRate: number | null;
  satPassRate: number | null;
};

export interface StatisticsGroup {
  key: string;
  name: string;
  figures: Figures;
}

export interface SessionStatistics {
  total: Figures;
  byPaperCategory: StatisticsGroup[];
  byLevel: StatisticsGroup[];
  byDepartment: StatisticsGroup[];
  byRoute: StatisticsGroup[];
  byMode: StatisticsGroup[];
}

export const MODE_NAMES: Record<Mode, string> = { exam: '考试', 'exempt-review': '免考复核认定' };

export type Attendance = 'sat' | 'absent' | 'awaitingMarks';

const isAbsent = (r: ComponentResult) => r !== null && 'mark' in r && r.mark === 'absent';

/** Whether an examinee came, from the locked marks of the level's scored components. */
export function attendance(
  marks: { theory: KeptMark | null; practical: KeptMark | null },
  components: readonly string[],
): Attendance {
  const official = officialMarks(marks);
  const results = (['theory', 'practical'] as const)
    .filter((c) => components.includes(c))
    .map((c) => official[c]);
  if (results.some((r) => r !== null && !isAbsent(r))) return 'sat';
  if (results.some(isAbsent)) return 'absent';
  return 'awaitingMarks';
}

/** Percentage with one decimal, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

interface Tally extends Record<Figure, number> {
  examPassed: number;
}

const emptyTally = (): Tally => ({
  ...(Object.fromEntries(FIGURES.map((f) => [f, 0])) as Record<Figure, number>),
  examPassed: 0,
});

function add(t: Tally, row: StatisticsRow, components: readonly string[]): void {
  t.registered += 1;
  if (row.status === 'cancelled') t.cancelled += 1;
  else if (row.status !== 'accepted') t.inReview += 1;
  if (row.status !== 'accepted') return;
  t.accepted += 1;
  const outcome = row.standing?.outcome ?? 'pending';
  t[outcome === 'pending' ? 'undecided' : outcome] += 1;
  if (row.mode === 'exempt-review') {
    t.exempt += 1;
    return;
  }
  t.examinees += 1;
  t[row.standing ? attendance(row.standing.marks, components) : 'awaitingMarks'] += 1;
  if (outcome === 'passed') t.examPassed += 1;
}

function figuresOf(t: Tally): Figures {
  const { examPassed, ...counts } = t;
  return {
    ...counts,
    passRate: rate(t.passed, t.accepted),
    satPassRate: rate(examPassed, t.sat),
  };
}

/** Groups in the given order, every listed key shown even with no row; unlisted keys follow. */
function groups(
  rows: readonly StatisticsRow[],
  keyOf: (r: StatisticsRow) => string,
  order: readonly { key: string; name: string }[],
  componentsOf: (l: Level) => readonly string[],
  nameOf: (r: StatisticsRow) => string = keyOf,
): StatisticsGroup[] {
  const tallies = new Map(order.map((o) => [o.key, { name: o.name, tally: emptyTally() }]));
  const extra: string[] = [];
  for (const r of rows) {
    const key = keyOf(r);
    let g = tallies.get(key);
    if (!g) {
      g = { name: nameOf(r), tally: emptyTally() };
      tallies.set(key, g);
      extra.push(key);
    }
    add(g.tally, r, componentsOf(r.level));
  }
  const keys = [
    ...order.map((o) => o.key),
    ...extra.sort((a, b) => compareZh(tallies.get(a)!.name, tallies.get(b)!.name)),
  ];
  return keys.map((key) => ({
    key,
    name: tallies.get(key)!.name,
    figures: figuresOf(tallies.get(key)!.tally),
  }));
}

/**
 * The whole table: totals and each breakdown. Paper categories in the catalog's (附件3) order
 * and levels in the session's order, all shown even with 0; routes and modes in their defined
 * order, all shown; departments (only those with registrations) by pinyin.
 */
export function sessionStatistics(
  rows: readonly StatisticsRow[],
  dims: { paperCategories: readonly string[]; levels: readonly LevelDefinition[] },
): SessionStatistics {
  const components = new Map(dims.levels.map((l) => [l.code, l.components]));
  const componentsOf = (l: Level) => components.get(l) ?? ['theory', 'practical'];
  const total = emptyTally();
  for (const r of rows) add(total, r, componentsOf(r.level));
  return {
    total: figuresOf(total),
    byPaperCategory: groups(
      rows,
      (r) => r.paperCategory,
      dims.paperCategories.map((c) => ({ key: c, name: c })),
      componentsOf,
    ),
    byLevel: groups(
      rows,
      (r) => r.level,
      dims.levels.map((l) => ({ key: l.code, name: l.name })),
      componentsOf,
    ),
    byDepartment: groups(
      rows,
      (r) => r.departmentId,
      [],
      componentsOf,
      (r) => r.departmentName,
    ),
    byRoute: groups(
      rows,
      (r) => r.route,
      ROUTES.map((k) => ({ key: k, name: ROUTE_NAMES[k] })),
      componentsOf,
    ),
    byMode: groups(
      rows,
      (r) => r.mode,
      MODES.map((k) => ({ key: k, name: MODE_NAMES[k] })),
      componentsOf,
    ),
  };
}
