import { describe, expect, it } from 'vitest';
import { selectionState } from './selection';

describe('selectionState', () => {
  it('keeps a bulk button disabled until rows are ticked, saying what to tick', () => {
    expect(selectionState(0, '考核表')).toEqual({ enabled: false, reason: '请先勾选考核表' });
    expect(selectionState(2, '考核表')).toEqual({ enabled: true, reason: '' });
  });
});
