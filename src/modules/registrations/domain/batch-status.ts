/**
 * A department's report to the center (三(二)3): submitted, then filed (备案) by
 * the center, or returned to the department with a reason to fix and report again.
 */
export const BATCH_STATUSES = ['submitted', 'accepted', 'returned'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export const BATCH_STATUS_NAMES: Record<BatchStatus, string> = {
  submitted: '已报送待备案',
  accepted: '中心已备案',
  returned: '中心已退回',
};

export const BATCH_ACTIONS = ['accept', 'return'] as const;
export type BatchAction = (typeof BATCH_ACTIONS)[number];

export const BATCH_ACTION_NAMES: Record<BatchAction, string> = {
  accept: '中心备案',
  return: '退回主管部门',
};

const BATCH_TRANSITIONS: Record<BatchAction, { from: readonly BatchStatus[]; to: BatchStatus }> = {
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
};

export type BatchTransition = { ok: true; to: BatchStatus } | { ok: false; allowed: BatchAction[] };

export function batchAllowedActions(from: BatchStatus): BatchAction[] {
  return BATCH_ACTIONS.filter((a) => BATCH_TRANSITIONS[a].from.includes(from));
}

export function batchTransition(from: BatchStatus, action: BatchAction): BatchTransition {
  const t = BATCH_TRANSITIONS[action];
  return t.from.includes(from)
    ? { ok: true, to: t.to }
    : { ok: false, allowed: batchAllowedActions(from) };
}

/** "报送批次当前状态为…，不能…；此状态可执行：…" */
export function illegalBatchStepMessage(from: BatchStatus, action: BatchAction): string {
  const allowed = batchAllowedActions(from).map((a) => BATCH_ACTION_NAMES[a]);
  const options = allowed.length
    ? `此状态可执行：${allowed.join('、')}`
    : '此状态不能再办理任何操作';
  return `报送批次当前状态为“${BATCH_STATUS_NAMES[from]}”，不能${BATCH_ACTION_NAMES[action]}；${options}`;
}
