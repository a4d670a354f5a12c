import * as ExcelJS from 'exceljs';
import { DomainError, type ErrorDetail } from '../../../common/errors/domain-error';
import { readCellValue, type CellReading } from './cell-value';
import { withTimeout } from './with-timeout';
import { xlsxInvalid, xlsxTimeout } from './xlsx-errors';
import { inspectXlsx, resolveXlsxLimits, sheetRowsFor, type XlsxLimits } from './xlsx-guard';

/**
 * Reads one worksheet of an uploaded template into trimmed text rows. Shared by every
 * spreadsheet import (organizations now, registration summary tables later).
 */

export interface SheetSpec {
  /** Expected header texts, in column order starting at column A. */
  headers: readonly string[];
  /** 1-based row holding the headers. Default 1. */
  headerRow?: number;
  /** Rows from `headerRow` on that are not data. Default 1. */
  headerRows?: number;
  /** Worksheet to read; default the first visible worksheet. */
  sheetName?: string;
  /** Non-blank data rows allowed. Default 10,000 (checklist row 30). */
  maxRows?: number;
}

export interface SheetRow {
  /** 1-based sheet row number, as the user sees it in Excel. */
  row: number;
  /** One per expected header: trimmed text, or null when empty or unreadable. */
  values: (string | null)[];
}

export interface CellError {
  row: number;
  /** Header text of the column. */
  column: string;
  code: string;
  message: string;
}

export interface SheetReadResult {
  rows: SheetRow[];
  errors: CellError[];
}

const DEFAULT_MAX_ROWS = 10_000;
// Whitespace, including full-width spaces and line breaks typed with Alt+Enter, plus zero-widths.
const HEADER_NOISE = /[\s\u200b-\u200d\ufeff]/g;

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let letters = '';
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Guards the archive (inspectXlsx), loads it with the in-memory reader (the streaming one corrupts
 * Chinese, see STACK.md), checks the header row and returns the data rows plus per-cell errors.
 * Guard and load share one `timeoutMs` budget so the caller gets a verdict within it (row 29).
 */
export async function readSheet(
  buffer: Buffer,
  spec: SheetSpec,
  limits?: Partial<XlsxLimits>,
): Promise<SheetReadResult> {
  const maxSheetRows = sheetRowsFor(spec.maxRows ?? DEFAULT_MAX_ROWS);
  const resolved = resolveXlsxLimits({ maxSheetRows, ...limits });
  const deadline = Date.now() + resolved.timeoutMs;
  await inspectXlsx(buffer, resolved);
  const workbook = await loadWorkbook(buffer, deadline - Date.now());
  const sheet = pickWorksheet(workbook, spec.sheetName);
  const headerRow = spec.headerRow ?? 1;
  assertHeaders(sheet.findRow(headerRow), spec.headers);
  return readDataRows(sheet, headerRow + (spec.headerRows ?? 1), spec);
}

async function loadWorkbook(buffer: Buffer, timeoutMs: number): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer extends ArrayBuffer`; at runtime it takes a Node Buffer.
  const input = buffer as unknown as ExcelJS.Buffer;
  try {
    await withTimeout(workbook.xlsx.load(input), timeoutMs, xlsxTimeout);
  } catch (err) {
    throw err instanceof DomainError ? err : xlsxInvalid();
  }
  return workbook;
}

/** Hidden sheets are skipped by default so we never import data the user cannot see. */
function pickWorksheet(workbook: ExcelJS.Workbook, sheetName?: string): ExcelJS.Worksheet {
  const sheet =
    sheetName === undefined
      ? workbook.worksheets.find((candidate) => candidate.state === 'visible')
      : workbook.getWorksheet(sheetName);
  if (sheet) return sheet;
  const message =
    sheetName === undefined ? '文件中没有可读取的工作表' : `文件中没有名为“${sheetName}”的工作表`;
  throw new DomainError('unprocessable', 'XLSX_SHEET_NOT_FOUND', message);
}

/** Missing, renamed, reordered or extra header columns reject the file (row 30). */
function assertHeaders(row: ExcelJS.Row | undefined, expected: readonly string[]): void {
  const width = Math.max(expected.length, row?.cellCount ?? 0);
  const details: ErrorDetail[] = [];
  for (let i = 0; i < width; i++) {
    const detail = compareHeader(readCellValue(row?.findCell(i + 1)), expected[i], i);
    if (detail) details.push(detail);
  }
  if (details.length === 0) return;
  const message = `表头与模板不一致，应为：${expected.join('、')}`;
  throw new DomainError('unprocessable', 'XLSX_TEMPLATE_MISMATCH', message, details);
}

function compareHeader(
  actual: CellReading,
  expected: string | undefined,
  index0: number,
): ErrorDetail | undefined {
  const want = normalizeHeader(expected ?? '');
  if (!actual.issue && normalizeHeader(actual.value ?? '') === want) return undefined;
  const column = columnLetter(index0);
  const wanted = want === '' ? '为空' : `为“${expected}”`;
  // A formula in the header row is a mismatch too: its cached text is not trusted (row 26).
  const got = actual.issue ? `为${actual.issue.message}` : `为“${actual.value ?? ''}”`;
  return { column, code: 'HEADER_MISMATCH', message: `第 ${column} 列应${wanted}，实${got}` };
}

function normalizeHeader(text: string): string {
  return text.normalize('NFKC').replace(HEADER_NOISE, '');
}

/** Hidden rows are read like any other (row 30: never silently dropped); blank rows skipped. */
function readDataRows(
  sheet: ExcelJS.Worksheet,
  firstRow: number,
  spec: SheetSpec,
): SheetReadResult {
  const maxRows = spec.maxRows ?? DEFAULT_MAX_ROWS;
  const result: SheetReadResult = { rows: [], errors: [] };
  for (let r = firstRow; r <= sheet.rowCount; r++) {
    const read = readDataRow(sheet.findRow(r), r, spec.headers);
    if (!read) continue;
    if (result.rows.length >= maxRows) throw tooManyRows(maxRows);
    result.rows.push(read.row);
    result.errors.push(...read.errors);
  }
  return result;
}

function readDataRow(
  row: ExcelJS.Row | undefined,
  rowNumber: number,
  headers: readonly string[],
): { row: SheetRow; errors: CellError[] } | undefined {
  if (!row) return undefined;
  const readings = headers.map((_, i) => readCellValue(row.findCell(i + 1)));
  const errors: CellError[] = [];
  readings.forEach(({ issue }, i) => {
    if (issue) errors.push({ row: rowNumber, column: headers[i], ...issue });
  });
  if (errors.length === 0 && readings.every(({ value }) => value === null)) return undefined;
  return { row: { row: rowNumber, values: readings.map(({ value }) => value) }, errors };
}

function tooManyRows(maxRows: number): DomainError {
  return new DomainError(
    'payload-too-large',
    'XLSX_TOO_MANY_ROWS',
    `数据行数超过上限 ${maxRows} 行`,
  );
}
