import {
  allowedActions,
  allowedFrom,
  illegalReviewStepMessage,
  needsReason,
  roleMay,
} from './review-status';

describe('review status (综合评审)', () => {
  it('lets the unit and the department fill a draft, and only the department report it', () => {
    expect(allowedActions('draft', 'unit')).toEqual(['save']);
    expect(allowedActions('draft', 'department')).toEqual(['save', 'submit']);
    expect(allowedActions('draft', 'center-staff')).toEqual([]);
  });

  it('freezes the form once reported: the center returns it or records the result', () => {
    expect(allowedActions('submitted', 'department')).toEqual([]);
    expect(allowedActions('submitted', 'center-staff')).toEqual(['return', 'decide']);
    expect(allowedFrom('submitted', 'save')).toBe(false);
  });

  it('lets the center change a recorded result, with a reason', () => {
    expect(allowedActions('passed', 'center-admin')).toEqual(['decide']);
    expect(needsReason('passed', 'decide')).toBe(true);
    expect(needsReason('submitted', 'decide')).toBe(false);
    expect(needsReason('submitted', 'return')).toBe(true);
  });

  it('never lets a grader act', () => {
    expect(['save', 'submit', 'return', 'decide'].some((a) => roleMay('grader', a as never))).toBe(
      false,
    );
  });

  it('says in Chinese what the state allows instead', () => {
    expect(illegalReviewStepMessage('submitted', 'save')).toBe(
      '综合评审当前为“已报中心待评审”，不能填写保存；此时可以：退回主管部门、记录评审结果',
    );
  });
});
