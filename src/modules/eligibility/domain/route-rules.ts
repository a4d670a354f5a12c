import { normalizeName } from '../../../common/text/normalize';
import { LEVEL_NAMES, type StandardLevelRule } from '../../exam-sessions/domain/session-rules';
import {
  aboveCurrentLevel,
  certificateHeld,
  confirmedWithoutLevel,
  holdsLevel,
  rank,
  technicianOccupation,
  workStartedBy,
  workYearsAtLeast,
} from './conditions';
import type { Application, Check, EligibilityContext, Route } from './eligibility.types';

/** What one clause decides: the clause and every condition it checked. */
export interface ClauseOutcome {
  clause: string;
  checks: Check[];
}

type RouteRule = (app: Application, ctx: EligibilityContext) => ClauseOutcome;

/**
 * 二(二)1–4, driven by the session's data: work-start cutoff, the level held
 * for N years (counted to the session's date), the 15-year alternative of
 * 二(二)3, the 附件1 list for technicians, 转正 for junior.
 */
export function standardRoute(app: Application, ctx: EligibilityContext): ClauseOutcome {
  const rule = ctx.rules.standard[app.targetLevel];
  const checks: Check[] = [];
  if (rule.workStartBy) checks.push(workStartedBy(app, rule.workStartBy));
  if (rule.requiresConfirmed) checks.push(...confirmedWithoutLevel(app));
  if (rule.requiredLevel) checks.push(...levelHeldLongEnough(app, ctx, rule));
  if (rule.requiresTechnicianOccupation) checks.push(technicianOccupation(ctx));
  return { clause: rule.clause, checks };
}

/**
 * The lower certificate held N years — or, where the notice allows it (二(二)3),
 * N years of work. Only the conditions that decide are reported.
 */
function levelHeldLongEnough(
  app: Application,
  ctx: EligibilityContext,
  rule: StandardLevelRule,
): Check[] {
  const required = rule.requiredLevel!;
  const holds = holdsLevel(app, required);
  const cert =
    holds.ok && rule.certYears !== undefined ? certificateHeld(app, ctx, rule.certYears) : holds;
  if (rule.alternativeWorkYears === undefined || cert.ok) return [cert];
  const years = workYearsAtLeast(app, ctx, rule.alternativeWorkYears);
  if (years.ok) return [years];
  const either = `须${LEVEL_NAMES[required]}证书满 ${rule.certYears} 年或工作年限满 ${rule.alternativeWorkYears} 年`;
  return [{ ok: false, reason: `${cert.reason}；${years.reason}（${either}）` }];
}

/** 二(三): from a 普通工 to a 技术工 post, N years of work admit to the intermediate level. */
export function generalToSkilledRoute(app: Application, ctx: EligibilityContext): ClauseOutcome {
  const rule = ctx.rules.generalToSkilled;
  const checks: Check[] = [levelIs(app, rule.level, '普通工转技术工岗位')];
  checks.push(workYearsAtLeast(app, ctx, rule.workYears));
  const above = aboveCurrentLevel(app);
  if (above) checks.push(above);
  return { clause: rule.clause, checks };
}

/**
 * 二(四) veterans and 二(五) management-post transfers: the work years of a
 * technical worker who started at the same time, without the continuous-post
 * limit, so no lower certificate need be held for N years.
 */
function sameTimeWorkerRoute(clause: string, who: string): RouteRule {
  return (app, ctx) => {
    const rule = ctx.rules.standard[app.targetLevel];
    const checks: Check[] = [
      {
        ok: true,
        reason: `${who}，不受本岗位连续工作时间限制，参照同期参加工作的技术工人工作年限申报`,
      },
    ];
    if (rule.workStartBy) checks.push(workStartedBy(app, rule.workStartBy));
    if (rule.requiresConfirmed) checks.push(...confirmedWithoutLevel(app));
    if (rule.requiresTechnicianOccupation) checks.push(technicianOccupation(ctx));
    const above = aboveCurrentLevel(app);
    if (above && !rule.requiresConfirmed) checks.push(above);
    return { clause, checks };
  };
}

export const veteranRoute: RouteRule = (app, ctx) =>
  sameTimeWorkerRoute(ctx.rules.veteran.clause, '通过退役士兵接收安置方式进入机关事业单位')(
    app,
    ctx,
  );

export const managementTransferRoute: RouteRule = (app, ctx) =>
  sameTimeWorkerRoute(ctx.rules.managementTransfer.clause, '从管理岗位转聘到工勤技能岗位')(
    app,
    ctx,
  );

/** 二(六): 技术员 → intermediate, 助理工程师 → senior, with the same-time worker's work years. */
export function professionalTransferRoute(
  app: Application,
  ctx: EligibilityContext,
): ClauseOutcome {
  const rule = ctx.rules.professionalTransfer;
  const title = app.professionalTitle ?? '';
  const allowed = rule.titles[title];
  const checks: Check[] = [];
  if (!allowed) {
    checks.push({ ok: false, reason: `职务“${title}”不属技术员或助理工程师及相应职务` });
  } else if (rank(app.targetLevel) > rank(allowed)) {
    checks.push({
      ok: false,
      reason: `具有${title}及相应职务，可申报${LEVEL_NAMES[allowed]}，不能申报${LEVEL_NAMES[app.targetLevel]}`,
    });
  } else {
    checks.push({
      ok: true,
      reason: `从专业技术岗位转聘，具有${title}及相应职务，可申报${LEVEL_NAMES[allowed]}`,
    });
  }
  const cutoff = ctx.rules.standard[app.targetLevel].workStartBy;
  if (cutoff) checks.push(workStartedBy(app, cutoff));
  const above = aboveCurrentLevel(app);
  if (above) checks.push(above);
  return { clause: rule.clause, checks };
}

/** 二(七): publicly recruited technical workers, by years of work and years in the occupation. */
export function publicRecruitmentRoute(app: Application, ctx: EligibilityContext): ClauseOutcome {
  const rule = ctx.rules.publicRecruitment;
  const tier = rule.tiers.find((t) => t.level === app.targetLevel);
  if (!tier) {
    const levels = rule.tiers.map((t) => LEVEL_NAMES[t.level]).join('或');
    return {
      clause: rule.clause,
      checks: [{ ok: false, reason: `公开招聘途径只能申报${levels}` }],
    };
  }
  const inOccupation = app.yearsInOccupation ?? 0;
  const checks: Check[] = [
    workYearsAtLeast(app, ctx, tier.workYears),
    inOccupation >= tier.occupationYears
      ? { ok: true, reason: `从事本工种工作 ${inOccupation} 年，满 ${tier.occupationYears} 年` }
      : { ok: false, reason: `从事本工种工作 ${inOccupation} 年，不满 ${tier.occupationYears} 年` },
  ];
  const above = aboveCurrentLevel(app);
  if (above) checks.push(above);
  return { clause: rule.clause, checks };
}

/**
 * 二(八): one who holds a level and changes occupation takes the same level
 * first, never the next one. Returns null when the occupation is unchanged.
 */
export function occupationChangeRule(
  app: Application,
  ctx: EligibilityContext,
): ClauseOutcome | null {
  if (app.currentLevel === null || app.currentOccupation === null) return null;
  if (normalizeName(app.currentOccupation) === normalizeName(app.targetOccupation)) return null;
  const held = LEVEL_NAMES[app.currentLevel];
  const change = `由${ctx.current?.name ?? app.currentOccupation}改报${ctx.target.name}，属改变职业（工种）`;
  const checks: Check[] =
    app.targetLevel === app.currentLevel
      ? [{ ok: true, reason: `${change}，申报同一等级（${held}）` }]
      : [
          {
            ok: false,
            reason: `${change}，须先参加同一等级（${held}）的考核，不能申报${LEVEL_NAMES[app.targetLevel]}`,
          },
        ];
  if (app.targetLevel === 'technician') checks.push(technicianOccupation(ctx));
  return { clause: ctx.rules.occupationChange.clause, checks };
}

function levelIs(app: Application, level: Application['targetLevel'], who: string): Check {
  return app.targetLevel === level
    ? { ok: true, reason: `${who}，申报${LEVEL_NAMES[level]}` }
    : {
        ok: false,
        reason: `${who}只能申报${LEVEL_NAMES[level]}，不能申报${LEVEL_NAMES[app.targetLevel]}`,
      };
}

/** The table the evaluator walks: one rule per route (申报途径). */
export const ROUTE_RULES: Record<Route, RouteRule> = {
  standard: standardRoute,
  'general-to-skilled': generalToSkilledRoute,
  veteran: veteranRoute,
  'management-transfer': managementTransferRoute,
  'professional-transfer': professionalTransferRoute,
  'public-recruitment': publicRecruitmentRoute,
};
