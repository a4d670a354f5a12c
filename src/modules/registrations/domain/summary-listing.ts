import type { Status } from './registration-status';

/** Who asks for 附件2: the level whose form it is. */
export type SummaryLevel = 'unit' | 'department' | 'center';

/**
 * Which registrations a level's 附件2 lists. 三(二)2: a unit's form lists those who
 * passed its review and the 5-working-day publicity without objection; 三(二)2–3:
 * the department's form is what its units reported to it, the center's what the
 * departments reported to the center — each with what has moved on from there.
 * Returned, withdrawn and cancelled registrations are never listed.
 */
export interface SummaryListing {
  /** Listed whatever their publicity. */
  statuses: readonly Status[];
  /** Also listed: `in-publicity` whose publicity has ended (nobody objected, or they would be returned). */
  endedPublicity: boolean;
}

/** Reported to the department (三(二)2 last step) and everything after it. */
const REPORTED_TO_DEPARTMENT: readonly Status[] = [
  'submitted',
  'department-approved',
  'department-submitted',
  'accepted',
];

/** Reported to the center (三(二)3) and filed. */
const REPORTED_TO_CENTER: readonly Status[] = ['department-submitted', 'accepted'];

const LISTINGS: Record<SummaryLevel, SummaryListing> = {
  unit: { statuses: REPORTED_TO_DEPARTMENT, endedPublicity: true },
  department: { statuses: REPORTED_TO_DEPARTMENT, endedPublicity: false },
  center: { statuses: REPORTED_TO_CENTER, endedPublicity: false },
};

export function summaryListing(level: SummaryLevel): SummaryListing {
  return LISTINGS[level];
}

/** Whether one registration is on the level's 附件2 (`publicityEnded`: its publicity's last day is past). */
export function listedOnSummary(
  level: SummaryLevel,
  r: { status: Status; publicityEnded: boolean },
): boolean {
  const l = LISTINGS[level];
  return (
    l.statuses.includes(r.status) ||
    (l.endedPublicity && r.status === 'in-publicity' && r.publicityEnded)
  );
}
