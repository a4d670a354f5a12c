import type { Role } from '../../accounts/domain/roles';
import type { DateOnly } from '../../../common/dates/date-only';
import {
  ACTION_NAMES,
  ACTION_ROLES,
  ACTIONS,
  illegalStepMessage,
  transition,
  type Action,
  type Status,
} from './registration-status';

/**
 * Whether an action on one registration would succeed now. The services refuse a step with
 * these same guards, and `allowedActions` of a response lists what passes them all, so the two
 * cannot disagree.
 */
export interface ActionFacts {
  status: Status;
  role: Role;
  today: DateOnly;
  /** Last day of the registration's publicity, when it is in one. */
  publicityEndDate: DateOnly | null;
  /** Whether registration (and correction) is open for its department (三(一)). */
  registrationOpen: boolean;
  /** Whether every paper 三(二)2(2)(3) asks of it is uploaded. */
  documentsComplete: boolean;
  /** The center's choice for the session: incomplete papers block submission to the center. */
  blockIncompleteDocuments: boolean;
}

export interface ActionRefusal {
  code: string;
  message: string;
}

type Guard = (action: Action, f: ActionFacts) => ActionRefusal | null;

/** 三(二): each step belongs to its owner (unit, department, center). */
export const roleRefusal = (action: Action, role: Role): ActionRefusal | null =>
  ACTION_ROLES[action].includes(role)
    ? null
    : { code: 'ROLE_FORBIDDEN', message: `当前角色不能${ACTION_NAMES[action]}` };

/** The state machine of 三(二) (registration-status.ts). */
export const statusRefusal = (action: Action, status: Status): ActionRefusal | null =>
  transition(status, action).ok
    ? null
    : { code: 'ILLEGAL_STATE_TRANSITION', message: illegalStepMessage(status, action) };

/**
 * 三(二)2: the unit reports to its department only after the publicity's last working day;
 * objections are taken only until then.
 */
export function publicityRefusal(
  action: Action,
  endDate: DateOnly | null,
  today: DateOnly,
): ActionRefusal | null {
  if (endDate === null) return null;
  if (action === 'submit-to-department' && !(endDate < today)) {
    return {
      code: 'PUBLICITY_NOT_ENDED',
      message: `公示期至 ${endDate} 结束，公示期满后方可报送主管部门`,
    };
  }
  if (action === 'object' && endDate < today) {
    return { code: 'PUBLICITY_ENDED', message: `公示期已于 ${endDate} 结束，不能再登记异议` };
  }
  return null;
}

/** 三(一): a registration is corrected only while registration is open for its department. */
export const windowRefusal = (action: Action, open: boolean): ActionRefusal | null =>
  action === 'update' && !open
    ? { code: 'REGISTRATION_CLOSED', message: '报名期已结束，不能再修改报名' }
    : null;

/**
 * 三(二)2(2)(3): when the center requires it for the session, a registration missing a
 * required paper is not submitted to the center.
 */
export const documentsRefusal = (
  action: Action,
  complete: boolean,
  blocking: boolean,
): ActionRefusal | null =>
  action === 'submit-to-center' && blocking && !complete
    ? { code: 'DOCUMENTS_MISSING', message: '规定材料不全，不能报送市就业和人才服务中心' }
    : null;

const GUARDS: readonly Guard[] = [
  (a, f) => roleRefusal(a, f.role),
  (a, f) => statusRefusal(a, f.status),
  (a, f) => publicityRefusal(a, f.publicityEndDate, f.today),
  (a, f) => windowRefusal(a, f.registrationOpen),
  (a, f) => documentsRefusal(a, f.documentsComplete, f.blockIncompleteDocuments),
];

/** The first reason the action would be refused now, or null when it would succeed. */
export function actionRefusal(action: Action, f: ActionFacts): ActionRefusal | null {
  for (const guard of GUARDS) {
    const refusal = guard(action, f);
    if (refusal) return refusal;
  }
  return null;
}

/** What the caller can do with the registration now: every action no guard refuses. */
export function allowedActionsFor(f: ActionFacts): Action[] {
  return ACTIONS.filter((a) => actionRefusal(a, f) === null);
}
