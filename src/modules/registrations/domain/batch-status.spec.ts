import { batchAllowedActions, batchTransition, illegalBatchStepMessage } from './batch-status';

describe('department batch state machine (三(二)3)', () => {
  it.each([
    ['submitted', 'accept', 'accepted'],
    ['submitted', 'return', 'returned'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(batchTransition(from, action)).toEqual({ ok: true, to });
  });

  it.each([
    ['accepted', 'accept'],
    ['accepted', 'return'],
    ['returned', 'return'],
    ['returned', 'accept'],
  ] as const)('refuses %s --%s-->', (from, action) => {
    expect(batchTransition(from, action)).toEqual({ ok: false, allowed: [] });
  });

  it('lists what a submitted batch allows', () => {
    expect(batchAllowedActions('submitted')).toEqual(['accept', 'return']);
  });

  it('explains an illegal step in Chinese', () => {
    expect(illegalBatchStepMessage('accepted', 'return')).toBe(
      '报送批次当前状态为“中心已备案”，不能退回主管部门；此状态不能再办理任何操作',
    );
  });
});
