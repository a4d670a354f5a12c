import type { Role } from '../../accounts/domain/roles';

/**
 * The 综合评审 of one technician candidate: the unit and the department fill 附件4 (draft),
 * the department reports it to the center (submitted), the center records the result.
 * The center may return a submitted form, or change a recorded result, with a reason.
 */
export const REVIEW_STATUSES = ['draft', 'submitted', 'passed', 'failed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_NAMES: Record<ReviewStatus, string> = {
  draft: '填写中',
  submitted: '已报中心待评审',
  passed: '综合评审合格',
  failed: '综合评审不合格',
};

export const REVIEW_ACTIONS = ['save', 'submit', 'return', 'decide'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

const ACTION_NAMES: Record<ReviewAction, string> = {
  save: '填写保存',
  submit: '报送中心',
  return: '退回主管部门',
  decide: '记录评审结果',
};

const ALLOWED: Record<ReviewAction, { from: ReviewStatus[]; roles: Role[] }> = {
  save: { from: ['draft'], roles: ['unit', 'department'] },
  submit: { from: ['draft'], roles: ['department'] },
  return: { from: ['submitted'], roles: ['center-admin', 'center-staff'] },
  decide: { from: ['submitted', 'passed', 'failed'], roles: ['center-admin', 'center-staff'] },
};

export function roleMay(role: Role, action: ReviewAction): boolean {
  return ALLOWED[action].roles.includes(role);
}

export function allowedFrom(status: ReviewStatus, action: ReviewAction): boolean {
  return ALLOWED[action].from.includes(status);
}

/** What `role` may do with a review in `status`, for the console's buttons. */
export function allowedActions(status: ReviewStatus, role: Role): ReviewAction[] {
  return REVIEW_ACTIONS.filter((a) => roleMay(role, a) && allowedFrom(status, a));
}

export function illegalReviewStepMessage(status: ReviewStatus, action: ReviewAction): string {
  const possible = REVIEW_ACTIONS.filter((a) => allowedFrom(status, a)).map((a) => ACTION_NAMES[a]);
  return (
    `综合评审当前为“${REVIEW_STATUS_NAMES[status]}”，不能${ACTION_NAMES[action]}` +
    (possible.length ? `；此时可以：${possible.join('、')}` : '')
  );
}

/** A recorded result changed afterwards needs a reason, as does every return. */
export function needsReason(status: ReviewStatus, action: ReviewAction): boolean {
  return action === 'return' || (action === 'decide' && status !== 'submitted');
}
