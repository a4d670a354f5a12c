import type { Role } from '../../accounts/domain/roles';

/**
 * The life of a registration (三(二)): unit review → 5-working-day publicity →
 * submission to the department → department re-review → submission to the
 * center → 备案, or back to the department's re-review when the center returns
 * the batch. The center may cancel qualification at any stage (七(三)).
 */
export const STATUSES = [
  'registered',
  'unit-approved',
  'unit-returned',
  'in-publicity',
  'submitted',
  'department-approved',
  'department-returned',
  'department-submitted',
  'accepted',
  'cancelled',
] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_NAMES: Record<Status, string> = {
  registered: '已报名待单位审核',
  'unit-approved': '单位审核通过',
  'unit-returned': '单位退回',
  'in-publicity': '公示中',
  submitted: '已报主管部门',
  'department-approved': '主管部门复审通过',
  'department-returned': '主管部门退回',
  'department-submitted': '已报市就业和人才服务中心',
  accepted: '中心已备案',
  cancelled: '已取消报考资格',
};

export const ACTIONS = [
  'update',
  'withdraw',
  'unit-approve',
  'unit-return',
  'start-publicity',
  'object',
  'submit-to-department',
  'department-approve',
  'department-return',
  'submit-to-center',
  'accept',
  'center-return',
  'cancel',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_NAMES: Record<Action, string> = {
  update: '修改',
  withdraw: '撤回报名',
  'unit-approve': '单位审核通过',
  'unit-return': '单位退回',
  'start-publicity': '开始公示',
  object: '登记异议',
  'submit-to-department': '报送主管部门',
  'department-approve': '主管部门复审通过',
  'department-return': '主管部门退回',
  'submit-to-center': '报送市就业和人才服务中心',
  accept: '中心备案',
  'center-return': '中心退回主管部门',
  cancel: '取消报考资格',
};

const EDITABLE: Status[] = ['registered', 'unit-returned', 'department-returned'];

/** From which states each action may be taken, and the state it leads to (null: removed). */
const TRANSITIONS: Record<Action, { from: readonly Status[]; to: Status | null }> = {
  update: { from: EDITABLE, to: 'registered' },
  withdraw: { from: EDITABLE, to: null },
  'unit-approve': { from: EDITABLE, to: 'unit-approved' },
  'unit-return': { from: ['registered', 'unit-approved'], to: 'unit-returned' },
  'start-publicity': { from: ['unit-approved'], to: 'in-publicity' },
  object: { from: ['in-publicity'], to: 'unit-returned' },
  'submit-to-department': { from: ['in-publicity'], to: 'submitted' },
  'department-approve': { from: ['submitted'], to: 'department-approved' },
  'department-return': { from: ['submitted', 'department-approved'], to: 'department-returned' },
  'submit-to-center': { from: ['department-approved'], to: 'department-submitted' },
  accept: { from: ['department-submitted'], to: 'accepted' },
  // The center returns a department's batch: back to the department's re-review, to fix and report again.
  'center-return': { from: ['department-submitted'], to: 'submitted' },
  cancel: { from: STATUSES.filter((s) => s !== 'cancelled'), to: 'cancelled' },
};

/** Who owns each step. */
export const ACTION_ROLES: Record<Action, readonly Role[]> = {
  update: ['unit'],
  withdraw: ['unit'],
  'unit-approve': ['unit'],
  'unit-return': ['unit'],
  'start-publicity': ['unit'],
  object: ['unit', 'department', 'center-admin', 'center-staff'],
  'submit-to-department': ['unit'],
  'department-approve': ['department'],
  'department-return': ['department'],
  'submit-to-center': ['department'],
  accept: ['center-admin', 'center-staff'],
  'center-return': ['center-admin', 'center-staff'],
  cancel: ['center-admin', 'center-staff'],
};

export type TransitionResult = { ok: true; to: Status | null } | { ok: false; allowed: Action[] };

export function transition(from: Status, action: Action): TransitionResult {
  const t = TRANSITIONS[action];
  return t.from.includes(from)
    ? { ok: true, to: t.to }
    : { ok: false, allowed: allowedActions(from) };
}

export function allowedActions(from: Status): Action[] {
  return ACTIONS.filter((a) => TRANSITIONS[a].from.includes(from));
}

/** "当前状态为…，不能…；此状态可执行：…" */
export function illegalStepMessage(from: Status, action: Action): string {
  const allowed = allowedActions(from).map((a) => ACTION_NAMES[a]);
  const options = allowed.length
    ? `此状态可执行：${allowed.join('、')}`
    : '此状态不能再办理任何操作';
  return `报名当前状态为“${STATUS_NAMES[from]}”，不能${ACTION_NAMES[action]}；${options}`;
}
