import { normalizeName } from '../../../common/text/normalize';
import {
  LEVEL_NAMES,
  type Level,
  type ProfessionalTitle,
  type SessionRules,
  type StandardLevelRule,
} from '../../exam-sessions/domain/session-rules';
import {
  certificateHeld,
  confirmed,
  holdsLevel,
  rank,
  technicianOccupation,
  withoutLevel,
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
 * 二(二)4: 初级工 is open to one who is 已转正 and holds no level, whatever
 * the route: 二(三)–(七) name 中级工 and above, never 初级工.
 */
export function juniorRule(app: Application, ctx: EligibilityContext): ClauseOutcome {
  const rule = ctx.rules.standard.junior;
  return { clause: rule.clause, checks: [confirmed(app), withoutLevel(app)] };
}

/**
 * What the notice sets for a level whatever the route: the work-start cutoff
 * of 二(二)1–3 (also the "同期参加工作的技术工人" of 二(四)–(六)), 转正 for
 * 初级工 (二(二)4) and the 附件1 list for 技师 (二(二)1).
 */
export function levelConditions(app: Application, ctx: EligibilityContext): Check[] {
  const rule = ctx.rules.standard[app.targetLevel];
  const checks: Check[] = [];
  if (rule.workStartBy) checks.push(workStartedBy(app, rule.workStartBy));
  if (rule.requiresConfirmed) checks.push(confirmed(app));
  if (rule.requiresTechnicianOccupation) checks.push(technicianOccupation(ctx));
  return checks;
}

/**
 * 二(二)1–3, driven by the session's data: work-start cutoff, the level below
 * held for N years (counted to the session's date), the 15-year alternative of
 * 二(二)3, the 附件1 list for technicians.
 */
export function standardRoute(app: Application, ctx: EligibilityContext): ClauseOutcome {
  const rule = ctx.rules.standard[app.targetLevel];
  const checks: Check[] = [];
  if (rule.workStartBy) checks.push(workStartedBy(app, rule.workStartBy));
  if (rule.requiredLevel) checks.push(...levelHeldLongEnough(app, ctx, rule));
  if (rule.requiresTechnicianOccupation) checks.push(technicianOccupation(ctx));
  return { clause: rule.clause, checks };
}

/**
 * The level below held N years, or where the notice allows it (二(二)3) N
 * years of work. The alternative is for those below the level applied for:
 * one who already holds it or more is refused by the promotion check, which
 * the evaluator adds, so nothing is said here. Only deciding conditions are
 * reported.
 */
function levelHeldLongEnough(
  app: Application,
  ctx: EligibilityContext,
  rule: StandardLevelRule,
): Check[] {
  if (app.currentLevel !== null && rank(app.currentLevel) >= rank(app.targetLevel)) return [];
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
  return { clause: rule.clause, checks };
}

/**
 * 二(四) veterans and 二(五) management-post transfers: the work years of a
 * technical worker who started at the same time, without the continuous-post
 * limit, so no lower certificate need be held for N years.
 */
function sameTimeWorkerRoute(clause: string, who: string): RouteRule {
  return (app, ctx) => ({
    clause,
    checks: [
      {
        ok: true,
        reason: `${who}，不受本岗位连续工作时间限制，参照同期参加工作的技术工人工作年限申报`,
      },
      ...levelConditions(app, ctx),
    ],
  });
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

/** 二(六)'s title table: a title of any series by name, after normalising. */
export function findTitle(rules: SessionRules, name: string | null): ProfessionalTitle | null {
  if (!name) return null;
  const n = normalizeName(name);
  return rules.professionalTransfer.titles.find((t) => normalizeName(t.name) === n) ?? null;
}

/**
 * 二(六): 技术员 "及相应职务" (员级 of any series) → 中级工, 助理工程师 "及相应
 * 职务" (助理级) → 高级工, with the same-time worker's work-start cutoff.
 * Reading: a 助理级 title also meets "具有技术员及相应职务", so it may
 * choose 中级工; neither opens 初级工 (二(二)4) or 技师.
 */
export function professionalTransferRoute(
  app: Application,
  ctx: EligibilityContext,
): ClauseOutcome {
  const rule = ctx.rules.professionalTransfer;
  const title = findTitle(ctx.rules, app.professionalTitle);
  const checks: Check[] = [];
  if (!title) {
    checks.push({
      ok: false,
      reason: `职务“${app.professionalTitle ?? ''}”不属技术员或助理工程师及相应职务`,
    });
  } else {
    const allowed: Level = rule.grades[title.grade];
    const held = `具有${title.name}（${title.series}系列${title.grade}）`;
    checks.push(
      rank(app.targetLevel) > rank(allowed)
        ? {
            ok: false,
            reason: `${held}，可申报${LEVEL_NAMES[allowed]}，不能申报${LEVEL_NAMES[app.targetLevel]}`,
          }
        : { ok: true, reason: `从专业技术岗位转聘，${held}，可申报${LEVEL_NAMES[allowed]}` },
    );
  }
  checks.push(...levelConditions(app, ctx));
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
  return {
    clause: rule.clause,
    checks: [
      workYearsAtLeast(app, ctx, tier.workYears),
      inOccupation >= tier.occupationYears
        ? { ok: true, reason: `从事本工种工作 ${inOccupation} 年，满 ${tier.occupationYears} 年` }
        : {
            ok: false,
            reason: `从事本工种工作 ${inOccupation} 年，不满 ${tier.occupationYears} 年`,
          },
    ],
  };
}

function levelIs(app: Application, level: Level, who: string): Check {
  return app.targetLevel === level
    ? { ok: true, reason: `${who}，申报${LEVEL_NAMES[level]}` }
    : {
        ok: false,
        reason: `${who}只能申报${LEVEL_NAMES[level]}，不能申报${LEVEL_NAMES[app.targetLevel]}`,
      };
}

/** The table the evaluator walks: one rule per route (申报途径), 中级工 and above. */
export const ROUTE_RULES: Record<Route, RouteRule> = {
  standard: standardRoute,
  'general-to-skilled': generalToSkilledRoute,
  veteran: veteranRoute,
  'management-transfer': managementTransferRoute,
  'professional-transfer': professionalTransferRoute,
  'public-recruitment': publicRecruitmentRoute,
};
