import {
  readMarkCell,
  sheetMarker,
  validateImport,
  type ScoreSheetFileRow,
} from './score-sheet-file';

const roster = [
  { registrationId: 'r1', seat: 1, ticketNumber: '2025100101' },
  { registrationId: 'r2', seat: 2, ticketNumber: '2025100102' },
  { registrationId: 'r3', seat: 3, ticketNumber: '2025100103' },
];
const expected = { sittingId: 's1', examRoom: 1, roster };
const row = (
  i: number,
  mark: string | null,
  extra: Partial<ScoreSheetFileRow> = {},
): ScoreSheetFileRow => ({
  row: 4 + i,
  seat: String(roster[i].seat),
  ticketNumber: roster[i].ticketNumber,
  mark,
  violationType: null,
  violationVoid: null,
  issues: [],
  ...extra,
});
const marker = sheetMarker('s1', 1, roster);

describe('score sheet import: one grader’s entry from the exported xlsx', () => {
  it.each([
    ['72.5', { kind: 'score', score: 72.5 }],
    ['缺', { kind: 'absent' }],
    ['缺考', { kind: 'absent' }],
    ['Q', { kind: 'absent' }],
    ['-', { kind: 'absent' }],
    ['', null],
    [null, null],
  ])('reads %p as %p', (text, mark) => {
    expect(readMarkCell(text, null, null)).toEqual(mark);
  });

  it('reads 违/W with the type and decision by their Chinese names', () => {
    expect(readMarkCell('W', '替考', '全部科目成绩无效')).toEqual({
      kind: 'violation',
      violationType: 'impersonation',
      violationVoid: 'exam',
    });
  });

  it('turns a clean file into marks, empty cells into cleared rows', () => {
    const r = validateImport(
      { marker, rows: [row(0, '60'), row(1, '缺'), row(2, null)] },
      expected,
    );
    expect(r.errors).toEqual([]);
    expect(r.marks).toEqual([
      { registrationId: 'r1', mark: { kind: 'score', tenths: 600 } },
      { registrationId: 'r2', mark: { kind: 'absent' } },
      { registrationId: 'r3', mark: null },
    ]);
  });

  it('refuses a file of another sheet', () => {
    const other = sheetMarker('s1', 2, roster);
    const r = validateImport({ marker: other, rows: [] }, expected);
    expect(r.errors[0]).toMatchObject({ code: 'FOREIGN_SHEET' });
  });

  it('refuses a file without the marker, and one exported before the roster changed', () => {
    expect(validateImport({ marker: null, rows: [] }, expected).errors[0].code).toBe(
      'SHEET_MARKER_MISSING',
    );
    const stale = sheetMarker('s1', 1, [
      ...roster,
      { registrationId: 'r4', seat: 4, ticketNumber: 'x' },
    ]);
    expect(validateImport({ marker: stale, rows: [] }, expected).errors[0].code).toBe(
      'ROSTER_CHANGED',
    );
  });

  it('refuses reordered rows, naming the rows, and writes nothing', () => {
    const swapped = [row(1, '60', { row: 4 }), row(0, '70', { row: 5 }), row(2, '80')];
    const r = validateImport({ marker, rows: swapped }, expected);
    expect(r.marks).toEqual([]);
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([
      [4, 'ROW_MOVED'],
      [5, 'ROW_MOVED'],
    ]);
  });

  it('reports bad marks with row, column and a Chinese message', () => {
    const r = validateImport(
      { marker, rows: [row(0, '100.5'), row(1, '违'), row(2, '七十')] },
      expected,
    );
    expect(r.errors).toEqual([
      {
        row: 4,
        column: '成绩',
        code: 'INVALID_MARK',
        message: '1 号座位：成绩须为 0–100 分，最多一位小数',
      },
      expect.objectContaining({ row: 5, column: '违纪类型' }),
      expect.objectContaining({ row: 6, column: '成绩' }),
    ]);
  });
});
