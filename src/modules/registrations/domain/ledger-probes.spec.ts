import { DAILY_FOREIGN_DUPLICATES, ledgerLookupDecision } from './duplicate-probes';

describe('ledgerLookupDecision: look-ups of strangers in the certificate ledger', () => {
  it.each([
    [0, 1, true],
    [DAILY_FOREIGN_DUPLICATES - 1, 1, true],
    [DAILY_FOREIGN_DUPLICATES, 1, false],
    [DAILY_FOREIGN_DUPLICATES - 2, 3, false],
  ])('%i counted today, %i more: allowed %s', (counted, found, ok) => {
    const d = ledgerLookupDecision(counted, found);
    expect(d.ok).toBe(ok);
    if (!d.ok) expect(d.message).toContain('今日暂停查询证书台账');
  });
});
