import { describe, expect, it } from 'vitest';
import { isIdNumber } from './useLedgerPrefill';

describe('isIdNumber: only valid ID numbers are looked up in the ledger', () => {
  it.each([
    ['11010519491231002X', true],
    ['11010519491231002x', true],
    ['110105194912310021', false],
    ['1101051949123100', false],
  ])('%s → %s', (id, ok) => {
    expect(isIdNumber(id)).toBe(ok);
  });
});
