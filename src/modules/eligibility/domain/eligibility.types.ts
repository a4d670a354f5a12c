import type { DateOnly } from '../../../common/dates/date-only';
import type {
  Component,
  Level,
  LevelDefinition,
  SessionRules,
  TechnicianClass,
} from '../../exam-sessions/domain/session-rules';

export const ROUTES = [
  'standard',
  'general-to-skilled',
  'veteran',
  'management-transfer',
  'professional-transfer',
  'public-recruitment',
] as const;
export type Route = (typeof ROUTES)[number];

export const MODES = ['exam', 'exempt-review'] as const;
export type Mode = (typeof MODES)[number];

export interface NationalCertificate {
  level: Level;
  occupation: string;
  /** Confirmed on the national certificate query system (zscx.osta.org.cn). */
  verified: boolean;
  /** A veteran's signed commitment for a military certificate the system cannot show. */
  militaryCommitment: boolean;
}

/** One application as CONTRACT.md's eligibility evaluation receives it. */
export interface Application {
  targetOccupation: string;
  targetLevel: Level;
  route: Route;
  workStartDate: DateOnly;
  /** 已转正: probation completed (二(二)4). */
  confirmed: boolean;
  currentOccupation: string | null;
  currentLevel: Level | null;
  currentCertDate: DateOnly | null;
  professionalTitle: string | null;
  yearsInOccupation: number | null;
  nationalCertificate: NationalCertificate | null;
}

/** What the catalog says of an occupation in the session (附件1, 附件3). */
export interface OccupationFacts {
  name: string;
  paperCategory: string;
  technicianClass: TechnicianClass | null;
}

/** The session's data the rules read: nothing about one year is in code. */
export interface EligibilityContext {
  certCutoffDate: DateOnly;
  rules: SessionRules;
  levels: readonly LevelDefinition[];
  target: OccupationFacts;
  current: OccupationFacts | null;
}

export interface Check {
  ok: boolean;
  reason: string;
}

export interface EligibilityResult {
  eligible: boolean;
  mode: Mode;
  clause: string | null;
  paperCategory: string;
  components: Component[];
  reasons: string[];
}

/** A request that cannot be evaluated (a field the route needs is missing): 400, not a refusal. */
export interface InvalidApplication {
  invalid: { field: string; message: string }[];
}
