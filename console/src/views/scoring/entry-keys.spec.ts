import { describe, expect, it } from 'vitest';
import { parseTyped, typedOf } from './entry-keys';

describe('parseTyped: keyboard-only score entry', () => {
  it.each([
    ['72.5', { kind: 'score', score: 72.5 }],
    ['0', { kind: 'score', score: 0 }],
    ['100', { kind: 'score', score: 100 }],
    ['缺', { kind: 'absent' }],
    ['Q', { kind: 'absent' }],
    ['q', { kind: 'absent' }],
    ['-', { kind: 'absent' }],
    ['W21', { kind: 'violation', violationType: 'copying', violationVoid: 'component' }],
    ['违32', { kind: 'violation', violationType: 'impersonation', violationVoid: 'exam' }],
    ['ｗ５２', { kind: 'violation', violationType: 'other', violationVoid: 'exam' }],
    ['', null],
  ])('reads %p', (text, mark) => {
    expect(parseTyped(text)).toEqual({ ok: true, mark });
  });

  it.each([['100.5'], ['72.55'], ['101'], ['-5'], ['abc'], ['W'], ['W2'], ['W63'], ['W23']])(
    'refuses %p with a Chinese message',
    (text) => {
      const r = parseTyped(text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(/成绩|违纪/);
    },
  );

  it('shows a saved mark as what one would type', () => {
    expect(
      typedOf({ kind: 'score', score: 65.5, violationType: null, violationVoid: null, text: '' }),
    ).toBe('65.5');
    expect(
      typedOf({ kind: 'absent', score: null, violationType: null, violationVoid: null, text: '' }),
    ).toBe('缺');
    expect(
      typedOf({
        kind: 'violation',
        score: null,
        violationType: 'copying',
        violationVoid: 'exam',
        text: '',
      }),
    ).toBe('W22');
    expect(typedOf(null)).toBe('');
  });
});
