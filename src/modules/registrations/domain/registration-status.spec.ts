import {
  ACTIONS,
  allowedActions,
  illegalStepMessage,
  STATUSES,
  transition,
} from './registration-status';

describe('registration state machine', () => {
  it.each([
    ['registered', 'unit-approve', 'unit-approved'],
    ['registered', 'unit-return', 'unit-returned'],
    ['unit-returned', 'update', 'registered'],
    ['unit-returned', 'unit-approve', 'unit-approved'],
    ['unit-approved', 'start-publicity', 'in-publicity'],
    ['in-publicity', 'object', 'unit-returned'],
    ['in-publicity', 'submit-to-department', 'submitted'],
    ['submitted', 'department-approve', 'department-approved'],
    ['submitted', 'department-return', 'department-returned'],
    ['department-returned', 'unit-approve', 'unit-approved'],
    ['department-approved', 'submit-to-center', 'department-submitted'],
    ['department-submitted', 'accept', 'accepted'],
    ['department-submitted', 'center-return', 'submitted'],
    ['accepted', 'cancel', 'cancelled'],
    ['in-publicity', 'cancel', 'cancelled'],
    ['registered', 'withdraw', null],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(transition(from, action)).toEqual({ ok: true, to });
  });

  it.each([
    ['registered', 'start-publicity'],
    ['unit-approved', 'submit-to-department'],
    ['in-publicity', 'department-approve'],
    ['submitted', 'update'],
    ['accepted', 'department-return'],
    ['accepted', 'center-return'],
    ['submitted', 'center-return'],
    ['cancelled', 'cancel'],
    ['cancelled', 'unit-approve'],
  ] as const)('refuses %s --%s--> and says what is allowed', (from, action) => {
    const r = transition(from, action);
    expect(r.ok).toBe(false);
    expect(r).toEqual({ ok: false, allowed: allowedActions(from) });
  });

  it('explains an illegal step in Chinese', () => {
    expect(illegalStepMessage('submitted', 'unit-approve')).toBe(
      '报名当前状态为“已报主管部门”，不能单位审核通过；此状态可执行：主管部门复审通过、主管部门退回、取消报考资格',
    );
    expect(illegalStepMessage('cancelled', 'cancel')).toContain('不能再办理任何操作');
  });

  it('leaves no state but cancelled without a way forward or back', () => {
    for (const s of STATUSES) expect(allowedActions(s).length > 0).toBe(s !== 'cancelled');
    expect(ACTIONS.every((a) => STATUSES.some((s) => transition(s, a).ok))).toBe(true);
  });
});
