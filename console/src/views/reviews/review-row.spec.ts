import { describe, expect, it } from 'vitest';
import { bulkStepOf, mayFill, reviewNote, selectableFor } from './review-row';

const row = (state: 'pending' | 'draft' | 'submitted' | 'passed' | 'failed', extra = {}) => ({
  state,
  open: true,
  closedReason: null,
  centerNote: null,
  ...extra,
});

describe('reviewNote', () => {
  it.each([
    [row('pending'), '可填写考核表'],
    [row('draft'), '填写中，待主管部门报送市中心'],
    [row('draft', { centerNote: '总结过于简略' }), '中心退回：总结过于简略'],
    [row('submitted'), '已报送市中心，待评审'],
    [row('passed'), '市中心已记录评审结果'],
    [row('failed', { centerNote: '复核业绩不实' }), '评审说明：复核业绩不实'],
    [row('pending', { open: false, closedReason: '成绩尚未最终确定' }), '成绩尚未最终确定'],
  ])('says where %j stands', (r, note) => {
    expect(reviewNote(r)).toBe(note);
  });
});

describe('mayFill', () => {
  it('lets the unit and the department write an open form until it is reported', () => {
    expect(mayFill(row('pending'), 'unit')).toBe(true);
    expect(mayFill(row('draft'), 'department')).toBe(true);
    expect(mayFill(row('submitted'), 'department')).toBe(false);
    expect(mayFill(row('passed'), 'unit')).toBe(false);
    expect(mayFill(row('draft'), 'center-staff')).toBe(false);
    expect(mayFill(row('pending', { open: false }), 'unit')).toBe(false);
  });
});

describe('bulk steps', () => {
  it('lets the department report open drafts and the center decide reported forms', () => {
    expect(bulkStepOf('department')).toBe('submit');
    expect(bulkStepOf('center-staff')).toBe('decide');
    expect(bulkStepOf('center-admin')).toBe('decide');
    expect(bulkStepOf('unit')).toBeNull();
    expect(selectableFor(row('draft'), 'submit')).toBe(true);
    expect(selectableFor(row('draft', { open: false }), 'submit')).toBe(false);
    expect(selectableFor(row('pending'), 'submit')).toBe(false);
    expect(selectableFor(row('submitted'), 'submit')).toBe(false);
    expect(selectableFor(row('submitted'), 'decide')).toBe(true);
    expect(selectableFor(row('passed'), 'decide')).toBe(false);
  });
});
