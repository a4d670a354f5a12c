import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/api/client';
import { bulkState } from './selection';

const reg = (name: string, allowedActions: string[]) =>
  ({ id: name, name, allowedActions }) as unknown as Schemas['RegistrationResponse'];

describe('bulkState', () => {
  it('is disabled until rows are selected', () => {
    expect(bulkState([], 'unit-approve')).toEqual({ enabled: false, reason: '请先勾选报名' });
  });
  it('is enabled when every selected row offers the action', () => {
    expect(
      bulkState(
        [reg('甲', ['unit-approve']), reg('乙', ['unit-approve', 'update'])],
        'unit-approve',
      ).enabled,
    ).toBe(true);
  });
  it('names who blocks it', () => {
    const s = bulkState(
      [reg('甲', ['unit-approve']), reg('乙', []), reg('丙', []), reg('丁', []), reg('戊', [])],
      'unit-approve',
    );
    expect(s).toEqual({ enabled: false, reason: '乙、丙、丁 等 4 人当前不能办理此操作' });
  });
});
