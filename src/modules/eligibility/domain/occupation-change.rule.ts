import { LEVEL_NAMES } from '../../exam-sessions/domain/session-rules';
import { sameOccupation } from './conditions';
import type { Application, EligibilityContext } from './eligibility.types';
import { ClauseOutcome, juniorRule, levelConditions, ROUTE_RULES } from './route-rules';

/**
 * 二(八): one who holds a level and changes occupation "须先进行同一等级的考核，
 * 不能直接申报上一等级". It obliges and forbids; it admits nothing by itself:
 * the same-level exam must still meet what the notice sets for that level
 * (work-start cutoff, 转正 for 初级工, 附件1 for 技师). A refusal lists every
 * other condition of the level applied for that fails too. Null when no level
 * is held or the occupation is unchanged.
 */
export function occupationChangeRule(
  app: Application,
  ctx: EligibilityContext,
): ClauseOutcome | null {
  if (app.currentLevel === null || sameOccupation(app)) return null;
  const clause = ctx.rules.occupationChange.clause;
  const held = LEVEL_NAMES[app.currentLevel];
  const change = `由${ctx.current?.name ?? app.currentOccupation}改报${ctx.target.name}，属改变职业（工种）`;
  if (app.targetLevel === app.currentLevel) {
    return {
      clause,
      checks: [
        { ok: true, reason: `${change}，申报同一等级（${held}）` },
        ...levelConditions(app, ctx),
      ],
    };
  }
  const other = app.targetLevel === 'junior' ? juniorRule : ROUTE_RULES[app.route];
  return {
    clause,
    checks: [
      {
        ok: false,
        reason: `${change}，须先参加同一等级（${held}）的考核，不能申报${LEVEL_NAMES[app.targetLevel]}`,
      },
      ...other(app, ctx).checks,
    ],
  };
}
