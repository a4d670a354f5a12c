import { sheetStatus } from './sheet-status';

describe('sheetStatus: nothing is final until both entries exist and agree or are resolved', () => {
  it.each([
    [{ submittedEntries: 0, rosterSize: 30, finalRows: 0 }, 'entering'],
    [{ submittedEntries: 1, rosterSize: 30, finalRows: 0 }, 'entering'],
    [{ submittedEntries: 2, rosterSize: 30, finalRows: 28 }, 'reconciling'],
    [{ submittedEntries: 2, rosterSize: 30, finalRows: 30 }, 'final'],
    [{ submittedEntries: 2, rosterSize: 0, finalRows: 0 }, 'final'],
  ] as const)('%p → %s', (facts, status) => {
    expect(sheetStatus(facts)).toBe(status);
  });
});
