/**
 * Where a score sheet (one sitting × one exam room) stands. Nothing is final until both
 * entries are submitted and every row agreed or was resolved by the center.
 */
export const SHEET_STATUSES = ['entering', 'reconciling', 'final'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

export const SHEET_STATUS_NAMES: Record<SheetStatus, string> = {
  entering: '录入中',
  reconciling: '待核对差异',
  final: '已定稿',
};

export interface SheetFacts {
  /** Entries submitted (0–2). */
  submittedEntries: number;
  /** Candidates on the sheet now (cancelled registrations left it). */
  rosterSize: number;
  /** Of those, rows with a final mark. */
  finalRows: number;
}

export function sheetStatus(f: SheetFacts): SheetStatus {
  if (f.submittedEntries < 2) return 'entering';
  return f.finalRows >= f.rosterSize ? 'final' : 'reconciling';
}
