import { normalizeName } from '../../../common/text/normalize';
import { LEVEL_NAMES } from '../../exam-sessions/domain/session-rules';
import { rank } from './conditions';
import type {
  Application,
  Check,
  EligibilityContext,
  NationalCertificate,
} from './eligibility.types';

/**
 * 二(九) 免考复核认定: a nationally recognised certificate of 技师 or below,
 * confirmed on the national query system — or, for a veteran's military
 * certificate the system cannot show, the veteran's signed commitment — for
 * the same level and occupation applied for. The applicant must also meet the
 * conditions of the level (checked by the route rules).
 */
export function exemptReviewChecks(
  app: Application,
  cert: NationalCertificate,
  ctx: EligibilityContext,
): Check[] {
  const max = ctx.rules.exemptReview.maxLevel;
  const level = LEVEL_NAMES[cert.level];
  const checks: Check[] = [
    rank(cert.level) <= rank(max)
      ? { ok: true, reason: `持有国家认可的${level}证书（${LEVEL_NAMES[max]}及以下）` }
      : { ok: false, reason: `证书等级${level}高于${LEVEL_NAMES[max]}，不在免考复核认定范围` },
    cert.level === app.targetLevel
      ? { ok: true, reason: `证书等级与申报等级（${LEVEL_NAMES[app.targetLevel]}）相同` }
      : {
          ok: false,
          reason: `证书等级${level}与申报等级${LEVEL_NAMES[app.targetLevel]}不一致，只能申报相应等级的复核认定`,
        },
    normalizeName(cert.occupation) === normalizeName(app.targetOccupation)
      ? { ok: true, reason: `证书职业（工种）与申报职业（工种）（${ctx.target.name}）相同` }
      : {
          ok: false,
          reason: `证书职业（工种）“${cert.occupation}”与申报职业（工种）“${ctx.target.name}”不一致`,
        },
    verification(cert),
  ];
  return checks;
}

/**
 * Verified on the national query system, or a veteran's commitment for a
 * certificate obtained in the army. The commitment counts whatever route the
 * veteran registers under (二(九) speaks of 退役士兵, not of route 二(四)).
 */
function verification(cert: NationalCertificate): Check {
  if (cert.verified)
    return { ok: true, reason: '证书经技能人才评价证书全国联网查询系统核查确认有效' };
  if (cert.militaryCommitment) {
    return { ok: true, reason: '退役士兵在部队取得的证书因涉密无法查询，本人已承诺真实' };
  }
  return { ok: false, reason: '证书未经全国联网查询系统核查确认有效' };
}
