import type { Mode, Route } from '../../eligibility/domain/eligibility.types';
import { LEVEL_NAMES, type Level } from '../../exam-sessions/domain/session-rules';
import { maskIdNumber } from './id-card';
import { ROUTE_NAMES } from './route-names';
import { orderForSummary } from './summary-order';

/**
 * What a unit published when its 5-working-day publicity began (三(二)2), frozen:
 * the list prints the same people and texts after an objection, a correction or a
 * renamed unit. Only masked ID numbers are kept (security-checklist #38).
 */
export interface PublishedRow {
  name: string;
  gender: string;
  maskedIdNumber: string;
  targetOccupation: string;
  /** Printed level name (技师) */
  targetLevel: string;
  /** 免考复核认定 (二(九)) */
  exemptReview: boolean;
  /** Printed route name (正常晋升) */
  route: string;
}

export interface PublicitySnapshot {
  unitName: string;
  departmentName: string;
  /** Whom to tell about an objection; null leaves a blank on the list to fill in by hand. */
  contactPerson: string | null;
  contactPhone: string | null;
  rows: PublishedRow[];
}

export interface PublishedPerson {
  name: string;
  gender: string;
  idNumber: string;
  targetOccupation: string;
  targetLevel: Level;
  mode: Mode;
  route: Route;
}

/** The rows in the order of 附件2: same occupation together, 初级工 → 技师, names by pinyin. */
export function publishedRows(people: readonly PublishedPerson[]): PublishedRow[] {
  return orderForSummary(people).map((r) => ({
    name: r.name,
    gender: r.gender,
    maskedIdNumber: maskIdNumber(r.idNumber),
    targetOccupation: r.targetOccupation,
    targetLevel: LEVEL_NAMES[r.targetLevel],
    exemptReview: r.mode === 'exempt-review',
    route: ROUTE_NAMES[r.route],
  }));
}
