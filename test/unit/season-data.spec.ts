import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readSummarySheet } from '../../src/modules/documents/excel/summary-sheet-reader';
import {
  evaluateEligibility,
  isInvalid,
} from '../../src/modules/eligibility/domain/evaluate-eligibility';
import { factDateProblems } from '../../src/modules/eligibility/domain/fact-dates';
import { ROUTES } from '../../src/modules/eligibility/domain/eligibility.types';
import { LEVEL_NAMES, LEVELS } from '../../src/modules/exam-sessions/domain/session-rules';
import { isIdProblem, parseIdNumber } from '../../src/modules/registrations/domain/id-card';
import { personProblems } from '../../src/modules/registrations/domain/person-checks';
import { applicationOf } from '../../src/modules/registrations/domain/registration-input';
import { parseSummaryRow } from '../../src/modules/registrations/domain/summary-row-parse';
import { contextFor, notice2025 } from '../factories/eligibility.factory';
import {
  generateSeason,
  seasonRows,
  seasonScale,
  type Season,
  type SeasonRow,
} from '../../bench/season/season-data';
import {
  seasonRowValues,
  writeSeasonFiles,
  writeSeasonWorkbook,
} from '../../bench/season/season-workbook';

const REGION_CODES = [
  '210202',
  '210203',
  '210204',
  '210211',
  '210212',
  '210213',
  '210214',
  '210281',
  '210283',
];

/** The registration window's last day: the import judges dates against the day it runs. */
const TODAY = '2025-07-25';

/**
 * A row as the import judges it: the texts of its cells parsed as the import parses them,
 * the person checks, then the 2025 eligibility evaluation.
 */
function judge(row: SeasonRow) {
  const parsed = parseSummaryRow(seasonRowValues(row));
  if ('errors' in parsed) return { problems: parsed.errors.map((e) => e.message) };
  const input = parsed.input;
  const problems = [
    ...personProblems(input, TODAY),
    ...factDateProblems(input, { today: TODAY, sessionCountingDate: notice2025.certCutoffDate }),
  ].map((p) => p.message);
  if (problems.length) return { problems };
  const app = applicationOf(input);
  const result = evaluateEligibility(app, contextFor(app));
  if (isInvalid(result)) return { problems: result.invalid.map((i) => i.message) };
  return { problems: result.eligible ? [] : result.reasons, result, app };
}

/** Every `step`-th row, `n` of them. */
const sample = (rows: SeasonRow[], n: number) =>
  Array.from({ length: n }, (_, i) => rows[Math.floor((i * rows.length) / n)]);

describe('season data (issue 12)', () => {
  let full: Season;
  let rows: SeasonRow[];
  let elapsed: number;

  beforeAll(() => {
    const start = performance.now();
    full = generateSeason({ seed: 12 });
    elapsed = performance.now() - start;
    rows = seasonRows(full);
  });

  it('generates the full season quickly: 60 departments, 600 units, 20,000 candidates', () => {
    expect(elapsed).toBeLessThan(2000);
    expect(full.candidates).toBe(20_000);
    expect(full.departments).toHaveLength(60);
    expect(full.departments.flatMap((d) => d.units)).toHaveLength(600);
    expect(rows).toHaveLength(20_000);
    for (const d of full.departments) {
      expect(d.units.length).toBeGreaterThan(0);
      for (const u of d.units) {
        expect(u.rows.length).toBeGreaterThan(0);
        expect(u.rows.map((r) => r.seq)).toEqual(u.rows.map((_, i) => i + 1));
      }
    }
  });

  it('names departments uniquely, and units uniquely within their department', () => {
    const names = full.departments.map((d) => d.name);
    expect(new Set(names).size).toBe(60);
    for (const name of names) expect(name).toMatch(/^(大连市|.+[区市县]).+(局|委员会)$/);
    for (const d of full.departments) {
      expect(new Set(d.units.map((u) => u.name)).size).toBe(d.units.length);
    }
  });

  it('is deterministic for a seed, and another seed gives another season', () => {
    expect(generateSeason({ seed: 7, candidates: 2_000 })).toEqual(
      generateSeason({ seed: 7, candidates: 2_000 }),
    );
    const other = seasonRows(generateSeason({ seed: 8, candidates: 2_000 }));
    const same = seasonRows(generateSeason({ seed: 7, candidates: 2_000 }));
    expect(other.map((r) => r.idNumber)).not.toEqual(same.map((r) => r.idNumber));
  });

  it.each([
    [20_000, 60, 600],
    [2_000, 6, 60],
    [200, 1, 6],
    [10, 1, 1],
    [1, 1, 1],
  ])('scales %i candidates to %i departments and %i units', (candidates, departments, units) => {
    expect(seasonScale(candidates)).toEqual({ departments, units });
    const s = generateSeason({ seed: 3, candidates });
    expect(s.departments).toHaveLength(departments);
    expect(s.departments.flatMap((d) => d.units)).toHaveLength(units);
    expect(seasonRows(s)).toHaveLength(candidates);
  });

  it('gives everyone a valid Dalian ID number, unique, matching birth month and gender', () => {
    const wrong = rows.filter((row) => {
      const id = parseIdNumber(row.idNumber);
      return (
        isIdProblem(id) ||
        id.birthDate.slice(0, 7) !== row.birthMonth ||
        id.gender !== row.gender ||
        !REGION_CODES.includes(row.idNumber.slice(0, 6))
      );
    });
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(new Set(rows.map((r) => r.idNumber)).size).toBe(rows.length);
  });

  it('gives everyone a Chinese name of two to four characters', () => {
    expect(rows.filter((r) => !/^[\u4e00-\u9fff]{2,4}$/.test(r.name))).toEqual([]);
    expect(new Set(rows.map((r) => r.name)).size).toBeGreaterThan(2_000);
  });

  it('covers all seven paper categories, all four levels and every route, even at 200', () => {
    for (const season of [full, generateSeason({ seed: 5, candidates: 200 })]) {
      const all = seasonRows(season);
      const judged = all.map(judge);
      const categories = new Set(judged.map((j) => j.result?.paperCategory));
      expect([...categories].sort()).toEqual(notice2025.paperCategories.map((c) => c.name).sort());
      expect(new Set(all.map((r) => r.targetLevel))).toEqual(
        new Set(LEVELS.map((l) => LEVEL_NAMES[l])),
      );
      expect(new Set(all.map((r) => r.route))).toEqual(new Set(ROUTES));
    }
  });

  it('makes 3% exempt (二(九)), each with a national certificate of the level and occupation', () => {
    const exempt = rows.filter((r) => r.exemptReview);
    expect(exempt.length / rows.length).toBeGreaterThanOrEqual(0.025);
    expect(exempt.length / rows.length).toBeLessThanOrEqual(0.035);
    expect(rows.filter((r) => !!r.nationalCertificate !== !!r.exemptReview)).toEqual([]);
    const small = seasonRows(generateSeason({ seed: 5, candidates: 200 }));
    expect(small.filter((r) => r.exemptReview)).toHaveLength(6);
  });

  it('sample of 200 rows: each passes the import parse, the person checks and the 2025 rules', () => {
    for (const row of sample(rows, 200)) {
      const j = judge(row);
      expect({ id: row.idNumber, problems: j.problems }).toEqual({
        id: row.idNumber,
        problems: [],
      });
      expect(j.result?.mode).toBe(row.exemptReview ? 'exempt-review' : 'exam');
      expect(j.app?.route).toBe(row.route);
    }
  });

  it('the check refuses what the 2025 rules refuse (so it can fail)', () => {
    const technician = rows.find((r) => r.targetLevel === '技师' && !r.exemptReview)!;
    expect(judge({ ...technician, currentCertDate: '2020-08-01' }).problems).toContain(
      '高级工证书取得于 2020-08-01，至 2025-07-31 不满 5 年',
    );
    expect(judge({ ...technician, workStartDate: '2002-01-01' }).problems.length).toBeGreaterThan(
      0,
    );
    expect(
      judge({ ...technician, gender: technician.gender === '男' ? '女' : '男' }).problems,
    ).toHaveLength(1);
    const exempt = rows.find((r) => r.exemptReview && r.route === 'standard')!;
    expect(
      judge({
        ...exempt,
        nationalCertificate: { ...exempt.nationalCertificate!, verification: '未核查' as never },
      }).problems,
    ).toContain('证书未经全国联网查询系统核查确认有效');
  });

  it('every row of the season is admitted (so the benchmark import refuses none)', () => {
    const refused = rows
      .map((row) => ({ row, problems: judge(row).problems }))
      .filter((r) => r.problems.length);
    expect(refused.slice(0, 3)).toEqual([]);
  });

  it('technician applications are only for 附件1 occupations', () => {
    const technicians = rows.filter((r) => r.targetLevel === '技师');
    expect(technicians.length).toBeGreaterThan(1_000);
    const outside = technicians.filter(
      (row) => !contextFor(applicationOf(parsed(row))).target.technicianClass,
    );
    expect(outside).toEqual([]);
  });

  it('round-trips a unit through its xlsx: the reader gives back the same cells, routes and certificates included', async () => {
    const dept = full.departments[0];
    const unit = dept.units.find((u) => u.rows.some((r) => r.exemptReview))!;
    expect(new Set(unit.rows.map((r) => r.route)).size).toBeGreaterThan(1);
    const buffer = await writeSeasonWorkbook(unit.rows, {
      title: '大连市机关事业单位工勤技能人员技术等级晋升考核申报汇总表',
      departmentName: dept.name,
      unitName: unit.name,
    });
    const sheet = await readSummarySheet(buffer);
    expect(sheet.errors).toEqual([]);
    expect(sheet.meta.departmentName).toBe(dept.name);
    expect(sheet.rows.map((r) => r.values)).toEqual(unit.rows.map(seasonRowValues));
    const routes = sheet.rows.map(
      (r) => (parseSummaryRow(r.values) as { input: { route: string } }).input.route,
    );
    expect(routes).toEqual(unit.rows.map((r) => r.route));
  });
});

function parsed(row: SeasonRow) {
  const p = parseSummaryRow(seasonRowValues(row));
  if ('errors' in p) throw new Error(JSON.stringify(p.errors));
  return p.input;
}

describe('writeSeasonFiles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'season-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes one 附件2 per unit, which the reader reads back with its department and rows', async () => {
    const season = generateSeason({ seed: 9, candidates: 200 });
    const files = await writeSeasonFiles(season, dir);
    const units = season.departments.flatMap((d) => d.units.map((u) => ({ d, u })));
    expect(files.map((f) => [f.department, f.unit, f.rows])).toEqual(
      units.map(({ d, u }) => [d.name, u.name, u.rows.length]),
    );
    expect((await readdir(dir)).sort()).toEqual(files.map((f) => basename(f.path)).sort());
    const last = files[files.length - 1];
    const sheet = await readSummarySheet(await readFile(last.path));
    expect(sheet.meta.departmentName).toBe(last.department);
    expect(sheet.rows.map((r) => r.values.idNumber)).toEqual(
      units[units.length - 1].u.rows.map((r) => r.idNumber),
    );
  });
});
