import { DateOnly, fullYearsBetween } from '../../../common/dates/date-only';
import { normalizeName } from '../../../common/text/normalize';
import { LEVEL_NAMES, LEVELS, type Level } from '../../exam-sessions/domain/session-rules';
import type { Application, Check, EligibilityContext } from './eligibility.types';

/** Small checks shared by the clauses of section 二; each explains itself in Chinese. */

export const rank = (level: Level): number => LEVELS.indexOf(level);

/** "2001 年底" for a year-end cutoff, the date itself otherwise. */
export function cutoffText(date: DateOnly): string {
  return date.endsWith('-12-31') ? `${date.slice(0, 4)} 年底` : date;
}

/** The level held is in the occupation applied for (or none is held). */
export function sameOccupation(app: Application): boolean {
  return (
    app.currentOccupation === null ||
    normalizeName(app.currentOccupation) === normalizeName(app.targetOccupation)
  );
}

/** 参加工作时间 no later than the level's cutoff (二(二)1–3). */
export function workStartedBy(app: Application, cutoff: DateOnly): Check {
  const when = cutoffText(cutoff);
  if (app.workStartDate > cutoff) {
    return {
      ok: false,
      reason: `${app.workStartDate} 参加工作，晚于 ${when}，不符合“${when}前参加工作”`,
    };
  }
  const relation = app.workStartDate < cutoff ? '早于' : '不晚于';
  return { ok: true, reason: `${app.workStartDate} 参加工作，${relation} ${when}` };
}

/** Whole years of work from 参加工作时间 to the session's counting date. */
export function workYears(app: Application, ctx: EligibilityContext): number {
  return fullYearsBetween(app.workStartDate, ctx.certCutoffDate);
}

export function workYearsAtLeast(app: Application, ctx: EligibilityContext, years: number): Check {
  const n = workYears(app, ctx);
  const head = `${app.workStartDate} 参加工作，至 ${ctx.certCutoffDate} 工作年限 ${Math.max(n, 0)} 年`;
  return n >= years
    ? { ok: true, reason: `${head}，满 ${years} 年` }
    : { ok: false, reason: `${head}，不满 ${years} 年` };
}

/** Holds exactly the level below the target (二(二)1–3). */
export function holdsLevel(app: Application, required: Level): Check {
  const name = LEVEL_NAMES[required];
  if (app.currentLevel === null) {
    return { ok: false, reason: `未取得${name}职业等级资格证书` };
  }
  if (app.currentLevel !== required) {
    return { ok: false, reason: `现有等级为${LEVEL_NAMES[app.currentLevel]}，须取得${name}证书` };
  }
  return { ok: true, reason: `已取得${name}职业等级资格证书` };
}

/** The certificate held for N whole years, counted to the session's date (取证时间可计算至 …). */
export function certificateHeld(app: Application, ctx: EligibilityContext, years: number): Check {
  const level = app.currentLevel ? LEVEL_NAMES[app.currentLevel] : '';
  const date = app.currentCertDate ?? '';
  const held = fullYearsBetween(date, ctx.certCutoffDate);
  const head = `${level}证书取得于 ${date}，至 ${ctx.certCutoffDate}`;
  return held >= years
    ? { ok: true, reason: `${head} 满 ${years} 年` }
    : { ok: false, reason: `${head} 不满 ${years} 年` };
}

/** The target occupation sets a technician level (附件1). */
export function technicianOccupation(ctx: EligibilityContext): Check {
  const { name, technicianClass } = ctx.target;
  return technicianClass
    ? { ok: true, reason: `${name} 属技师职业（工种）范围（${technicianClass}）` }
    : { ok: false, reason: `${name} 不属技师职业（工种）范围（附件1），不能申报技师` };
}

/** 二(二)4: 已转正. */
export function confirmed(app: Application): Check {
  return app.confirmed
    ? { ok: true, reason: '已转正' }
    : { ok: false, reason: '尚未转正，不能申报初级工' };
}

/** 二(二)4: without any level yet. */
export function withoutLevel(app: Application): Check {
  return app.currentLevel === null
    ? { ok: true, reason: '未取得初级工技术等级资格' }
    : { ok: false, reason: `已取得${LEVEL_NAMES[app.currentLevel]}等级，不能申报初级工` };
}

/**
 * 晋升 (promotion): in the occupation one holds a level in, only a higher
 * level may be applied for, whatever the route. The one same-level exam of
 * the notice is 二(八), for a change of occupation. Returns the failed
 * condition, or null when it holds (or nothing is held in this occupation).
 */
export function notAPromotion(app: Application): Check | null {
  if (app.currentLevel === null || !sameOccupation(app)) return null;
  if (rank(app.targetLevel) > rank(app.currentLevel)) return null;
  const held = LEVEL_NAMES[app.currentLevel];
  return {
    ok: false,
    reason: `已取得本职业（工种）${held}等级，晋升考核不能申报同级或较低等级（${LEVEL_NAMES[app.targetLevel]}）`,
  };
}
