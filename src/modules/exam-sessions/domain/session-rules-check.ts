import { isDateOnly } from '../../../common/dates/date-only';
import {
  COMPONENTS,
  LEVELS,
  TITLE_GRADES,
  type Level,
  type LevelDefinition,
  type SessionRules,
} from './session-rules';

/**
 * Problems with a session's dates and rules as the center entered them
 * (Chinese, one per problem). Rule code trusts a session only after this.
 */
export function sessionProblems(s: {
  registrationStart: string;
  registrationEnd: string;
  certCutoffDate: string;
  ticketPrintStart: string;
  ticketPrintEnd: string;
  publicityWorkingDays: number;
  fullMark: number;
  passMark: number;
  levels: LevelDefinition[];
  rules: SessionRules;
}): string[] {
  const p: string[] = [];
  if (s.registrationStart > s.registrationEnd) p.push('报名开始日期不能晚于结束日期');
  if (s.ticketPrintStart > s.ticketPrintEnd) p.push('准考证打印开始日期不能晚于结束日期');
  if (s.ticketPrintStart < s.registrationEnd) p.push('准考证打印不能早于报名结束');
  if (s.passMark <= 0 || s.passMark > s.fullMark) p.push('合格分数须大于 0 且不超过满分');
  if (s.publicityWorkingDays < 1 || s.publicityWorkingDays > 30)
    p.push('公示工作日数须在 1 到 30 之间');
  p.push(...levelProblems(s.levels));
  p.push(...rulesProblems(s.rules));
  return p;
}

function levelProblems(levels: LevelDefinition[]): string[] {
  const p: string[] = [];
  for (const code of LEVELS) {
    const l = levels.find((x) => x.code === code);
    if (!l) p.push(`缺少等级 ${code} 的定义`);
    else if (!l.components.length || l.components.some((c) => !COMPONENTS.includes(c))) {
      p.push(`等级 ${l.name} 的考核项目无效`);
    }
  }
  return p;
}

const isLevel = (v: unknown): boolean => LEVELS.includes(v as Level);
const hasClause = (section: { clause?: unknown } | undefined): boolean =>
  typeof section?.clause === 'string' && section.clause.length > 0;

/**
 * Every section of 二 the rule code reads must be there: a session saved without one (a PATCH
 * replaces `rules` whole) would make each evaluation that reaches it fail with a 500.
 */
const SECTIONS: readonly [Exclude<keyof SessionRules, 'standard'>, string][] = [
  ['generalToSkilled', '二(三) 普通工转技术工'],
  ['veteran', '二(四) 退役士兵'],
  ['managementTransfer', '二(五) 管理岗位转聘'],
  ['professionalTransfer', '二(六) 专业技术岗位转聘'],
  ['publicRecruitment', '二(七) 公开招聘'],
  ['occupationChange', '二(八) 改变职业（工种）'],
  ['exemptReview', '二(九) 免考复核认定'],
];

function rulesProblems(r: SessionRules): string[] {
  const p: string[] = [];
  for (const level of LEVELS) {
    const rule = r.standard?.[level];
    if (!rule) {
      p.push(`缺少 ${level} 的申报条件`);
      continue;
    }
    if (!hasClause(rule)) p.push(`${level} 的申报条件缺少条款`);
    if (rule.workStartBy !== undefined && !isDateOnly(rule.workStartBy)) {
      p.push(`${level} 的参加工作截止日期无效`);
    }
    if (rule.requiredLevel !== undefined && !isLevel(rule.requiredLevel)) {
      p.push(`${level} 须持有的等级无效`);
    }
    if (rule.certYears !== undefined && !(rule.certYears >= 0)) p.push(`${level} 的取证年限无效`);
  }
  for (const [key, name] of SECTIONS) {
    if (!hasClause(r[key])) p.push(`缺少${name}的条款`);
  }
  if (!(r.generalToSkilled?.workYears > 0) || !isLevel(r.generalToSkilled?.level)) {
    p.push('普通工转技术工的工作年限或等级无效');
  }
  const tiers = r.publicRecruitment?.tiers;
  if (!Array.isArray(tiers) || !tiers.length) p.push('公开招聘人员的年限条件缺失');
  else if (
    tiers.some((t) => !isLevel(t?.level) || !(t.workYears >= 0) || !(t.occupationYears >= 0))
  )
    p.push('公开招聘人员的年限条件无效');
  if (r.exemptReview && !isLevel(r.exemptReview.maxLevel)) p.push('免考复核认定的最高等级无效');
  p.push(...titleProblems(r.professionalTransfer));
  return p;
}

/** 二(六): every grade opens a level, every title has a known grade, no name twice. */
function titleProblems(t: SessionRules['professionalTransfer'] | undefined): string[] {
  if (!t?.grades || !Array.isArray(t.titles) || !t.titles.length) {
    return ['专业技术岗位转聘的职务对应关系缺失'];
  }
  const p: string[] = [];
  for (const g of TITLE_GRADES) {
    if (!LEVELS.includes(t.grades[g])) p.push(`职务级别“${g}”对应的等级无效`);
  }
  const seen = new Set<string>();
  for (const [i, title] of t.titles.entries()) {
    if (typeof title?.name !== 'string' || !title.name.trim()) {
      p.push(`第 ${i + 1} 个职务的名称为空`);
    } else if (!TITLE_GRADES.includes(title.grade)) {
      p.push(`职务“${title.name}”的级别无效（应为 ${TITLE_GRADES.join(' 或 ')}）`);
    } else if (seen.has(title.name)) p.push(`职务“${title.name}”重复`);
    seen.add(title?.name);
  }
  return p;
}
