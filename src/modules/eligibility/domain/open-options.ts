import { LEVELS, type Level } from '../../exam-sessions/domain/session-rules';
import {
  ROUTES,
  type Application,
  type EligibilityContext,
  type Mode,
  type Route,
} from './eligibility.types';
import { evaluateEligibility, isInvalid } from './evaluate-eligibility';

export type Profile = Omit<Application, 'targetLevel' | 'route'>;

export interface OpenOption {
  route: Route;
  level: Level;
  mode: Mode;
  clause: string;
  reasons: string[];
}

/**
 * Every route and level the notice opens to one person in one target
 * occupation, so a clerk does not have to guess. Routes whose facts are not
 * given (a title, years in the occupation) are skipped; a level that several
 * routes open under the same clause (初级工 under 二(二)4, a same-level exam
 * under 二(八)) is offered once, under the first route.
 */
export function openOptions(profile: Profile, ctx: EligibilityContext): OpenOption[] {
  const out: OpenOption[] = [];
  for (const route of ROUTES) {
    if (route === 'professional-transfer' && !profile.professionalTitle) continue;
    if (route === 'public-recruitment' && profile.yearsInOccupation === null) continue;
    for (const level of LEVELS) {
      const cert =
        profile.nationalCertificate?.level === level ? profile.nationalCertificate : null;
      const r = evaluateEligibility(
        { ...profile, route, targetLevel: level, nationalCertificate: cert },
        ctx,
      );
      if (isInvalid(r) || !r.eligible || !r.clause) continue;
      if (!out.some((o) => o.level === level && o.clause === r.clause)) {
        out.push({ route, level, mode: r.mode, clause: r.clause, reasons: r.reasons });
      }
    }
  }
  return out;
}
