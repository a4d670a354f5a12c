import { fullYearsBetween } from '../../../common/dates/date-only';
import { LEVEL_NAMES } from '../../exam-sessions/domain/session-rules';
import { exemptReviewChecks } from './exempt-review.rule';
import type {
  Application,
  EligibilityContext,
  EligibilityResult,
  InvalidApplication,
} from './eligibility.types';
import { notAPromotion } from './conditions';
import { occupationChangeRule } from './occupation-change.rule';
import { ClauseOutcome, findTitle, juniorRule, ROUTE_RULES } from './route-rules';

/**
 * Decides one application under section 二 of the notice. The clause that
 * admits it is named; every condition checked is explained in Chinese, so a
 * refusal lists every failed condition. 二(一) (conduct and appraisal) is
 * attested by the unit at its review, not decided here.
 */
export function evaluateEligibility(
  app: Application,
  ctx: EligibilityContext,
): EligibilityResult | InvalidApplication {
  const invalid = applicationProblems(app, ctx);
  if (invalid.length) return { invalid };
  const base = baseOutcome(app, ctx);
  const baseOk = base.checks.every((c) => c.ok);
  const level = ctx.levels.find((l) => l.code === app.targetLevel);
  if (!app.nationalCertificate) {
    return {
      eligible: baseOk,
      mode: 'exam',
      clause: baseOk ? base.clause : null,
      paperCategory: ctx.target.paperCategory,
      components: level ? [...level.components] : [],
      reasons: base.checks.map((c) => c.reason),
    };
  }
  const exempt = exemptReviewChecks(app, app.nationalCertificate, ctx);
  const eligible = baseOk && exempt.every((c) => c.ok);
  const reasons = [...base.checks, ...exempt].map((c) => c.reason);
  if (!baseOk)
    reasons.push(
      `不符合${LEVEL_NAMES[app.targetLevel]}申报条件（${base.clause}），不能免考申报复核认定`,
    );
  return {
    eligible,
    mode: 'exempt-review',
    clause: eligible ? ctx.rules.exemptReview.clause : null,
    paperCategory: ctx.target.paperCategory,
    components: [],
    reasons,
  };
}

/**
 * The conditions of the level applied for: 二(八) when the occupation changes;
 * 二(二)4 for 初级工 whatever the route; otherwise the route's clause, plus
 * the promotion check every route shares (no same or lower level in the
 * occupation one holds a level in).
 */
function baseOutcome(app: Application, ctx: EligibilityContext): ClauseOutcome {
  const change = occupationChangeRule(app, ctx);
  if (change) return change;
  if (app.targetLevel === 'junior') return juniorRule(app, ctx);
  const route = ROUTE_RULES[app.route](app, ctx);
  const refused = notAPromotion(app);
  return refused ? { ...route, checks: [...route.checks, refused] } : route;
}

export const isInvalid = (r: EligibilityResult | InvalidApplication): r is InvalidApplication =>
  'invalid' in r;

/**
 * Fields a route needs, and facts that contradict each other: 400, not a refusal. Messages are
 * plain Chinese without the field's name: the form prefixes the field, the import names the column.
 */
export function applicationProblems(
  app: Application,
  ctx: EligibilityContext,
): InvalidApplication['invalid'] {
  const p: InvalidApplication['invalid'] = [];
  const held = [app.currentOccupation, app.currentLevel, app.currentCertDate];
  if (held.some((v) => v !== null) && held.some((v) => v === null)) {
    for (const [field, v] of [
      ['currentOccupation', app.currentOccupation],
      ['currentLevel', app.currentLevel],
      ['currentCertDate', app.currentCertDate],
    ] as const) {
      if (v === null) p.push({ field, message: '持有现等级时，现职种、等级、获证时间须一并填写' });
    }
  }
  // 初级工 is decided under 二(二)4 whatever the route: a route's own facts are not needed.
  const needsRouteFacts = app.targetLevel !== 'junior';
  if (app.route === 'professional-transfer') {
    if (!app.professionalTitle && needsRouteFacts)
      p.push({
        field: 'professionalTitle',
        message: '专业技术岗位转聘须填写专业技术职务',
      });
    else if (app.professionalTitle && !findTitle(ctx.rules, app.professionalTitle)) {
      const titles = ctx.rules.professionalTransfer.titles.map((t) => t.name).join('、');
      p.push({
        field: 'professionalTitle',
        message: `“${app.professionalTitle}”不是可识别的专业技术职务，应为技术员、助理工程师及相应职务之一：${titles}`,
      });
    }
  }
  if (app.route === 'public-recruitment') {
    if (app.yearsInOccupation === null) {
      if (needsRouteFacts)
        p.push({
          field: 'yearsInOccupation',
          message: '公开招聘途径须填写从事本工种年限',
        });
    } else if (
      app.yearsInOccupation > Math.max(fullYearsBetween(app.workStartDate, ctx.certCutoffDate), 0)
    ) {
      p.push({
        field: 'yearsInOccupation',
        message: '从事本工种年限不能超过工作年限',
      });
    }
  }
  return p;
}
