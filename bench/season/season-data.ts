import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCharacter } from '../../src/modules/registrations/domain/id-card';
import { EDUCATIONS } from '../../src/modules/registrations/domain/education';
import type { SummaryRow } from '../../src/modules/registrations/domain/summary-row';
import {
  occupationsOfNotice,
  type NoticeReference,
  type OccupationSeed,
} from '../../src/modules/catalog/domain/reference-data';
import type { Route } from '../../src/modules/eligibility/domain/eligibility.types';
import {
  LEVEL_NAMES,
  LEVELS,
  type Level,
  type SessionRules,
} from '../../src/modules/exam-sessions/domain/session-rules';
import { SEED_DIR } from '../../src/modules/seeding/seed-dir';
import { apportion, Prng } from './prng';
import { departmentNames, personName, unitNames } from './season-names';

/**
 * A seeded, deterministic season for the benchmark (issue 12, "Data"): departments, their units,
 * and each unit's 附件2 rows, every one of them admitted by the session's rules (二(二)–二(七),
 * 二(九)), so the real import takes them all.
 */

/** What the generator reads of a notice (seed/notice-<year>.json). */
export type SeasonNotice = NoticeReference & { certCutoffDate: string; rules: SessionRules };

export function loadNotice(year = 2025): SeasonNotice {
  return JSON.parse(readFileSync(join(SEED_DIR, `notice-${year}.json`), 'utf8')) as SeasonNotice;
}

/** 证书核查结果 as the import template writes it. */
export type CertVerification = '已核查有效' | '退役士兵承诺';

/** A 附件2 row with the import template's extra columns (M–S), which the import needs. */
export interface SeasonRow extends SummaryRow {
  route: Route;
  confirmed: boolean;
  professionalTitle: string | null;
  yearsInOccupation: number | null;
  /** 二(九): the national certificate of the level and occupation applied for. */
  nationalCertificate: { level: Level; number: string; verification: CertVerification } | null;
}

export interface SeasonUnit {
  name: string;
  rows: SeasonRow[];
}

export interface SeasonDepartment {
  name: string;
  units: SeasonUnit[];
}

export interface Season {
  seed: number;
  candidates: number;
  departments: SeasonDepartment[];
}

export interface SeasonOptions {
  seed?: number;
  candidates?: number;
  notice?: SeasonNotice;
}

export const FULL_CANDIDATES = 20_000;
const FULL_DEPARTMENTS = 60;
const FULL_UNITS = 600;
/** 3% apply for 免考复核认定 (二(九)). */
export const EXEMPT_SHARE = 0.03;

/** Departments and units for a number of candidates: 60 and 600 at 20,000, at least 1 each. */
export function seasonScale(candidates: number): { departments: number; units: number } {
  const ratio = candidates / FULL_CANDIDATES;
  const departments = Math.max(1, Math.round(FULL_DEPARTMENTS * ratio));
  const units = Math.min(
    Math.max(departments, Math.round(FULL_UNITS * ratio)),
    Math.max(candidates, departments),
  );
  return { departments, units };
}

/** Every row of the season, department by department, unit by unit. */
export const seasonRows = (season: Season): SeasonRow[] =>
  season.departments.flatMap((d) => d.units.flatMap((u) => u.rows));

/** Dalian's 行政区划代码: 中山, 西岗, 沙河口, 甘井子, 旅顺口, 金州, 普兰店, 瓦房店, 庄河. */
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

/** How often each 附件3 paper category is applied for (drivers and 综合 are most of a season). */
const CATEGORY_WEIGHTS: Record<string, number> = {
  driver: 24,
  'auto-repair': 6,
  computer: 8,
  electrician: 10,
  'chinese-cook': 10,
  cashier: 6,
  general: 36,
};

/** A kind of application: the route and level applied for. */
interface Profile {
  route: Route;
  level: Level;
  weight: number;
}

const PROFILES: readonly Profile[] = [
  { route: 'standard', level: 'technician', weight: 10 },
  { route: 'standard', level: 'senior', weight: 21 },
  { route: 'standard', level: 'intermediate', weight: 24 },
  { route: 'standard', level: 'junior', weight: 15 },
  { route: 'general-to-skilled', level: 'intermediate', weight: 6 },
  { route: 'veteran', level: 'intermediate', weight: 3 },
  { route: 'veteran', level: 'senior', weight: 2 },
  { route: 'management-transfer', level: 'intermediate', weight: 2 },
  { route: 'management-transfer', level: 'senior', weight: 2 },
  { route: 'professional-transfer', level: 'intermediate', weight: 3 },
  { route: 'professional-transfer', level: 'senior', weight: 3 },
  { route: 'public-recruitment', level: 'intermediate', weight: 3 },
  { route: 'public-recruitment', level: 'senior', weight: 3 },
];

/** 二(九) applications: certificates of the level applied for; a veteran's military one on commitment. */
const EXEMPT_PROFILES: readonly Profile[] = [
  { route: 'standard', level: 'technician', weight: 3 },
  { route: 'standard', level: 'senior', weight: 3 },
  { route: 'standard', level: 'intermediate', weight: 3 },
  { route: 'veteran', level: 'intermediate', weight: 1 },
];

/** Nobody in the season started work before this (they would be past retirement age). */
const EARLIEST_START = '1990-01-01';

const DAY_MS = 86_400_000;
const toDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Whole years before a date, kept real (29 February → 28 February). */
function yearsBefore(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) - years;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${y}-${md}`;
}

/** Facts of one application that its profile must satisfy. */
interface Facts {
  workStartDate: string;
  current: { level: Level; certDate: string } | null;
  professionalTitle: string | null;
  yearsInOccupation: number | null;
}

class SeasonGenerator {
  private readonly rng: Prng;
  private readonly cutoff: string;
  private readonly byCategory: Map<string, OccupationSeed[]>;
  private readonly categories: string[];
  private readonly ids = new Set<string>();
  private certSerial = 0;

  constructor(
    seed: number,
    private readonly notice: SeasonNotice,
  ) {
    this.rng = new Prng(seed);
    this.cutoff = notice.certCutoffDate;
    this.byCategory = new Map();
    for (const o of occupationsOfNotice(notice)) {
      const list = this.byCategory.get(o.paperCategoryCode) ?? [];
      list.push(o);
      this.byCategory.set(o.paperCategoryCode, list);
    }
    this.categories = notice.paperCategories.map((c) => c.code);
  }

  season(candidates: number): SeasonDepartment[] {
    const rng = this.rng;
    const scale = seasonScale(candidates);
    const depts = departmentNames(rng, scale.departments);
    const unitsPerDept = apportion(
      scale.units,
      depts.map(() => 0.5 + rng.next()),
    );
    const unitCount = unitsPerDept.reduce((s, n) => s + n, 0);
    const rowsPerUnit = apportion(
      candidates,
      Array.from({ length: unitCount }, () => 0.4 + 1.2 * rng.next()),
    );
    const exempt = Math.round(candidates * EXEMPT_SHARE);
    let index = 0;
    let unitIndex = 0;
    return depts.map((dept, d) => ({
      name: dept.name,
      units: unitNames(rng, dept, unitsPerDept[d]).map((name) => {
        const n = rowsPerUnit[unitIndex++];
        const rows = Array.from({ length: n }, () => {
          const i = index++;
          // Exempt rows spread evenly: exactly round(3%) of the season.
          const isExempt =
            Math.floor(((i + 1) * exempt) / candidates) > Math.floor((i * exempt) / candidates);
          return this.row(i, isExempt);
        });
        return { name, rows: ordered(rows) };
      }),
    }));
  }

  /**
   * One candidate. The first rows of the season cycle through every profile and every paper
   * category, so even a small run covers all routes, levels and categories.
   */
  private row(i: number, exempt: boolean): SeasonRow {
    const rng = this.rng;
    const profile = exempt
      ? rng.weighted(EXEMPT_PROFILES.map((p) => [p, p.weight] as const))
      : i < PROFILES.length
        ? PROFILES[i]
        : rng.weighted(PROFILES.map((p) => [p, p.weight] as const));
    const category =
      i < this.categories.length
        ? this.categories[i]
        : rng.weighted(this.categories.map((c) => [c, CATEGORY_WEIGHTS[c] ?? 1] as const));
    const occupation = this.occupation(category, profile.level);
    const facts = this.facts(profile);
    const gender: '男' | '女' = rng.chance(category === 'driver' ? 0.92 : 0.6) ? '男' : '女';
    const birth = fromDay(toDay(facts.workStartDate) - rng.int(18 * 365 + 5, 24 * 365));
    const levelName = LEVEL_NAMES[profile.level];
    return {
      seq: 0,
      name: personName(rng, gender),
      gender,
      birthMonth: birth.slice(0, 7),
      idNumber: this.idNumber(birth, gender),
      education: rng.weighted(EDUCATION_WEIGHTS),
      workStartDate: facts.workStartDate,
      currentOccupation: facts.current ? occupation : null,
      currentLevel: facts.current ? LEVEL_NAMES[facts.current.level] : null,
      currentCertDate: facts.current?.certDate ?? null,
      targetOccupation: occupation,
      targetLevel: levelName,
      exemptReview: exempt || undefined,
      route: profile.route,
      confirmed: true,
      professionalTitle: facts.professionalTitle,
      yearsInOccupation: facts.yearsInOccupation,
      nationalCertificate: exempt
        ? {
            level: profile.level,
            number: this.certNumber(profile.level),
            verification: profile.route === 'veteran' ? '退役士兵承诺' : '已核查有效',
          }
        : null,
    };
  }

  /** An occupation of the category; 技师 only where 附件1 sets one. */
  private occupation(category: string, level: Level): string {
    const all = this.byCategory.get(category) ?? [];
    const open = level === 'technician' ? all.filter((o) => o.technicianClass) : all;
    if (!open.length) throw new Error(`no occupation of ${category} open to ${level}`);
    return this.rng.pick(open).name;
  }

  /** Dates and route facts that the 2025 rules admit for the profile, with margins. */
  private facts({ route, level }: Profile): Facts {
    const rng = this.rng;
    const rules = this.notice.rules;
    const between = (from: string, to: string) => fromDay(rng.int(toDay(from), toDay(to)));
    /** 参加工作时间 no later than `latest`, over up to `span` years before it. */
    const startBy = (latest: string, span = 14) => {
      const earliest = yearsBefore(latest, span);
      return between(earliest < EARLIEST_START ? EARLIEST_START : earliest, latest);
    };
    const none = { current: null, professionalTitle: null, yearsInOccupation: null };
    const cutoffBy = rules.standard[level].workStartBy;
    switch (route) {
      case 'standard': {
        const rule = rules.standard[level];
        if (!rule.requiredLevel) {
          // 二(二)4: 已转正, no level yet; recent hires.
          return { ...none, workStartDate: between('2008-01-01', yearsBefore(this.cutoff, 1)) };
        }
        // The level below held certYears to the counting date, obtained a year or more after starting.
        const certBy = yearsBefore(this.cutoff, rule.certYears ?? 0);
        const latest = [rule.workStartBy ?? certBy, yearsBefore(certBy, 2)].sort()[0];
        const workStartDate = startBy(latest);
        const certDate = between(fromDay(toDay(workStartDate) + 366), certBy);
        return {
          ...none,
          workStartDate,
          current: { level: rule.requiredLevel, certDate },
        };
      }
      case 'general-to-skilled': {
        const g = rules.generalToSkilled;
        return { ...none, workStartDate: startBy(yearsBefore(this.cutoff, g.workYears + 1)) };
      }
      case 'veteran':
      case 'management-transfer':
        return { ...none, workStartDate: startBy(cutoffBy ?? yearsBefore(this.cutoff, 2)) };
      case 'professional-transfer': {
        const grades = Object.entries(rules.professionalTransfer.grades)
          .filter(([, l]) => LEVELS.indexOf(l) >= LEVELS.indexOf(level))
          .map(([g]) => g);
        const titles = rules.professionalTransfer.titles.filter((t) => grades.includes(t.grade));
        return {
          ...none,
          workStartDate: startBy(cutoffBy ?? yearsBefore(this.cutoff, 2)),
          professionalTitle: rng.pick(titles).name,
        };
      }
      case 'public-recruitment': {
        const tier = rules.publicRecruitment.tiers.find((t) => t.level === level);
        if (!tier) throw new Error(`public recruitment has no tier for ${level}`);
        const workStartDate = startBy(yearsBefore(this.cutoff, tier.workYears + 1), 10);
        const worked = Number(this.cutoff.slice(0, 4)) - Number(workStartDate.slice(0, 4)) - 1;
        return {
          ...none,
          workStartDate,
          yearsInOccupation: rng.int(tier.occupationYears, Math.max(tier.occupationYears, worked)),
        };
      }
    }
  }

  /** A valid 18-digit number (GB 11643): Dalian region, birth date, gender digit, check character. */
  private idNumber(birth: string, gender: '男' | '女'): string {
    for (;;) {
      const seq = sequenceCode(this.rng, gender);
      const first17 = `${this.rng.pick(REGION_CODES)}${birth.replaceAll('-', '')}${seq}`;
      const id = first17 + checkCharacter(first17);
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return id;
      }
    }
  }

  /** A national certificate number (unique in the season). */
  private certNumber(level: Level): string {
    const grade = 5 - LEVELS.indexOf(level);
    return `2102${String(2010 + this.rng.int(0, 14))}${grade}${String(++this.certSerial).padStart(9, '0')}`;
  }
}

/** 顺序码: three digits, odd for 男, even for 女. */
function sequenceCode(rng: Prng, gender: '男' | '女'): string {
  const n = rng.int(0, 499) * 2 + (gender === '男' ? 1 : 0);
  return String(n).padStart(3, '0');
}

const EDUCATION_WEIGHTS: readonly (readonly [string, number])[] = EDUCATIONS.map((e) => [
  e,
  (
    { 高中: 25, 中专: 15, 技校: 12, 大学专科: 20, 大学本科: 12, 职高: 6, 初中: 8 } as Record<
      string,
      number
    >
  )[e] ?? 1,
]);

/** A unit's rows as 附件2 asks: by occupation, then by level (三 填写说明 3), numbered from 1. */
function ordered(rows: SeasonRow[]): SeasonRow[] {
  const rank = (name: string) => Object.values(LEVEL_NAMES).indexOf(name);
  return rows
    .sort(
      (a, b) =>
        (a.targetOccupation < b.targetOccupation
          ? -1
          : a.targetOccupation > b.targetOccupation
            ? 1
            : 0) || rank(a.targetLevel) - rank(b.targetLevel),
    )
    .map((row, i) => ({ ...row, seq: i + 1 }));
}

/** The season for a seed and a number of candidates (default 20,000 under the 2025 notice). */
export function generateSeason(options: SeasonOptions = {}): Season {
  const seed = options.seed ?? 2025;
  const candidates = options.candidates ?? FULL_CANDIDATES;
  if (!Number.isInteger(candidates) || candidates < 1) throw new Error('candidates must be ≥ 1');
  const generator = new SeasonGenerator(seed, options.notice ?? loadNotice());
  return { seed, candidates, departments: generator.season(candidates) };
}
