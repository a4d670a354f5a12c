import * as ExcelJS from 'exceljs';
import { DomainError, type ErrorDetail } from '../../../common/errors/domain-error';
import { readCellValue, type CellReading } from './cell-value';
import { columnLetter } from './sheet-reader';
import {
  SUMMARY_COLUMNS,
  SUMMARY_EXTRA_COLUMNS,
  SUMMARY_EXTRA_GROUP,
  type SummaryColumn,
} from './summary-columns';
import { summaryHeaderGrid } from './summary-layout';

/**
 * Finds and checks the two-row header of an uploaded 申报汇总表. A–L must be 附件2 exactly; M–S
 * (the import template's extras) are optional, but all-or-nothing and exact when present.
 * Anything else is the wrong template (checklist row 30) and rejects the whole file.
 */

export interface SummaryHeaderLocation {
  sheet: ExcelJS.Worksheet;
  /** Sheet row of the header's first line (序号, 姓名, …). */
  headerRow: number;
}

// Title and 主管部门/填报人/联系电话 lines may be missing, shifted or padded with blank rows.
const HEADER_SCAN_ROWS = 15;
const HEADER_NOISE = /[\s\u200b-\u200d\ufeff]/g;
const COVERED: CellReading = { value: null };
const TEMPLATE_COLUMNS = [...SUMMARY_COLUMNS, ...SUMMARY_EXTRA_COLUMNS];
const GRID = summaryHeaderGrid(TEMPLATE_COLUMNS);

export function normalizeHeaderText(text: string): string {
  return text.normalize('NFKC').replace(HEADER_NOISE, '');
}

/** The first visible sheet whose first 15 rows hold 序号 and 姓名 in columns A and B. */
export function locateSummaryHeader(workbook: ExcelJS.Workbook): SummaryHeaderLocation {
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, sheet.rowCount); r++) {
      const row = sheet.findRow(r);
      if (row && headerTextAt(row, 1) === '序号' && headerTextAt(row, 2) === '姓名') {
        return { sheet, headerRow: r };
      }
    }
  }
  throw templateMismatch([]);
}

/** Returns the columns the file has: 附件2's twelve, or those plus the seven extras. */
export function checkSummaryHeader(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
): readonly SummaryColumn[] {
  const rows = [sheet.findRow(headerRow), sheet.findRow(headerRow + 1)];
  const width = Math.max(...rows.map((row) => row?.cellCount ?? 0), TEMPLATE_COLUMNS.length);
  const hasExtras = range(SUMMARY_COLUMNS.length, TEMPLATE_COLUMNS.length).some((i) =>
    rows.some((row) => !isBlank(readHeaderCell(row, i))),
  );
  const columns = hasExtras ? TEMPLATE_COLUMNS : SUMMARY_COLUMNS;
  const details: ErrorDetail[] = [];
  range(0, width).forEach((i) => {
    rows.forEach((row, offset) => {
      const expected = i < columns.length ? [GRID.top, GRID.bottom][offset][i] : null;
      const detail = compareCell(readHeaderCell(row, i), expected, i, headerRow + offset);
      if (detail) details.push(detail);
    });
  });
  if (details.length > 0) throw templateMismatch(details);
  return columns;
}

function headerTextAt(row: ExcelJS.Row, column: number): string {
  const { value } = readHeaderCell(row, column - 1);
  return normalizeHeaderText(value ?? '');
}

/** A cell covered by a merge (I5 under 现职业等级情况, A6 under 序号) reads as blank. */
function readHeaderCell(row: ExcelJS.Row | undefined, index0: number): CellReading {
  const cell = row?.findCell(index0 + 1);
  if (cell?.type === ExcelJS.ValueType.Merge) return COVERED;
  return readCellValue(cell);
}

function isBlank(reading: CellReading): boolean {
  return !reading.issue && reading.value === null;
}

function compareCell(
  actual: CellReading,
  expected: string | null,
  index0: number,
  rowNumber: number,
): ErrorDetail | undefined {
  const want = normalizeHeaderText(expected ?? '');
  if (!actual.issue && normalizeHeaderText(actual.value ?? '') === want) return undefined;
  const wanted = want === '' ? '为空' : `为“${expected}”`;
  // A formula is a mismatch even if its cached text matches: that text is not trusted (row 26).
  const got = describeActual(actual);
  const column = columnLetter(index0);
  const message = `${column}${rowNumber} 单元格应${wanted}，实${got}`;
  return { row: rowNumber, column, code: 'HEADER_MISMATCH', message };
}

function describeActual(actual: CellReading): string {
  if (actual.issue) return `为${actual.issue.message}`;
  return actual.value === null ? '为空' : `为“${actual.value}”`;
}

function templateMismatch(details: ErrorDetail[]): DomainError {
  const message = `表头与《申报汇总表》模板不一致，应为：${describeColumns(SUMMARY_COLUMNS)}；可选补充列：${describeColumns(SUMMARY_EXTRA_COLUMNS)}`;
  return new DomainError('unprocessable', 'XLSX_TEMPLATE_MISMATCH', message, details);
}

/** 序号、姓名、…、现职业等级情况（职种、等级、获证时间）、… */
function describeColumns(columns: readonly SummaryColumn[]): string {
  const parts: string[] = [];
  columns.forEach((col, i) => {
    // The extras' group is only a layout band; users know those columns by their own names.
    const group = col.group === SUMMARY_EXTRA_GROUP ? undefined : col.group;
    if (!group) {
      parts.push(col.header);
    } else if (columns[i - 1]?.group !== group) {
      const members = columns.filter((other) => other.group === group).map((m) => m.header);
      parts.push(`${group}（${members.join('、')}）`);
    }
  });
  return parts.join('、');
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
