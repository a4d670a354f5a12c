import * as ExcelJS from 'exceljs';
import { DomainError } from '../../../common/errors/domain-error';
import { readCellValue } from './cell-value';
import type { CellError } from './sheet-reader';
import {
  SUMMARY_COLUMNS,
  SUMMARY_EXTRA_COLUMNS,
  restoreCellText,
  type SummaryColumn,
  type SummaryField,
} from './summary-columns';
import { checkSummaryHeader, locateSummaryHeader } from './summary-header-check';
import { withTimeout } from './with-timeout';
import { xlsxInvalid, xlsxTimeout } from './xlsx-errors';
import { inspectXlsx, resolveXlsxLimits, sheetRowsFor, type XlsxLimits } from './xlsx-guard';

/**
 * Reads an uploaded 申报汇总表: a bare 附件2 (A–L) or the import template (A–S). Returns text
 * per cell and every cell-level problem; judging the content (ID check digits, dates,
 * occupations) is the registration service's job, which also decides to write nothing unless
 * the whole file is clean (STYLE.md).
 */

export interface SummaryImportMeta {
  departmentName?: string;
  filler?: string;
  phone?: string;
}

export interface SummaryImportRow {
  /** 1-based sheet row number, as the user sees it in Excel. */
  row: number;
  /** Trimmed text; null when empty, unreadable, or a column the file does not have. */
  values: Record<SummaryField, string | null>;
}

/** `column` is the Chinese header: '身份证号', '现职业等级情况/获证时间'. */
export type ImportCellError = CellError;

export interface SummaryReadResult {
  meta: SummaryImportMeta;
  rows: SummaryImportRow[];
  errors: ImportCellError[];
}

export interface SummaryReadOptions {
  /** Non-blank data rows allowed. Default 10,000 (checklist row 30). */
  maxRows?: number;
  /** Archive guard limits and the overall parse time budget. */
  limits?: Partial<XlsxLimits>;
}

const DEFAULT_MAX_ROWS = 10_000;
const ALL_FIELDS: readonly SummaryField[] = [...SUMMARY_COLUMNS, ...SUMMARY_EXTRA_COLUMNS].map(
  (col) => col.key,
);
const META_LABELS: readonly [keyof SummaryImportMeta, string][] = [
  ['departmentName', '主管部门'],
  ['filler', '填报人'],
  ['phone', '联系电话'],
];
// A meta value ends at the （盖章） placeholder, at the next label, or at the end of its line.
const META_END = String.raw`(?=\s*(?:[（(]\s*盖章\s*[)）]|(?:主管部门|单位|填报人|联系电话)\s*[:：]|\n|$))`;

export async function readSummarySheet(
  buffer: Buffer,
  options: SummaryReadOptions = {},
): Promise<SummaryReadResult> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const limits = resolveXlsxLimits({ maxSheetRows: sheetRowsFor(maxRows), ...options.limits });
  // Guard and load share one budget so the caller gets a verdict in time (row 29).
  const deadline = Date.now() + limits.timeoutMs;
  await inspectXlsx(buffer, limits);
  const workbook = await loadWorkbook(buffer, deadline - Date.now());
  const { sheet, headerRow } = locateSummaryHeader(workbook);
  const columns = checkSummaryHeader(sheet, headerRow);
  const meta = readMeta(sheet, headerRow);
  return { meta, ...readDataRows(sheet, headerRow + 2, columns, maxRows) };
}

/** The in-memory reader: the streaming one corrupts Chinese (STACK.md). */
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

/** 主管部门/填报人/联系电话 from whatever lines stand above the header; absent ones are omitted. */
function readMeta(sheet: ExcelJS.Worksheet, headerRow: number): SummaryImportMeta {
  const lines: string[] = [];
  for (let r = 1; r < headerRow; r++) lines.push(rowText(sheet.findRow(r)));
  const text = lines.join('\n');
  const meta: SummaryImportMeta = {};
  for (const [key, label] of META_LABELS) {
    const match = new RegExp(String.raw`${label}\s*[:：]\s*([^\n]*?)${META_END}`).exec(text);
    const value = match?.[1].trim();
    if (value) meta[key] = value;
  }
  return meta;
}

/** A line's cells joined, so "填报人：" in A and the name in B still read as one entry. */
function rowText(row: ExcelJS.Row | undefined): string {
  if (!row) return '';
  const parts: string[] = [];
  row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.Merge) return;
    const { value } = readCellValue(cell);
    if (value !== null) parts.push(value);
  });
  return parts.join(' ');
}

/** Hidden rows are read like any other (row 30: never silently dropped); blank rows skipped. */
function readDataRows(
  sheet: ExcelJS.Worksheet,
  firstRow: number,
  columns: readonly SummaryColumn[],
  maxRows: number,
): Omit<SummaryReadResult, 'meta'> {
  const result: Omit<SummaryReadResult, 'meta'> = { rows: [], errors: [] };
  for (let r = firstRow; r <= sheet.rowCount; r++) {
    const read = readDataRow(sheet.findRow(r), r, columns);
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
  columns: readonly SummaryColumn[],
): { row: SummaryImportRow; errors: ImportCellError[] } | undefined {
  if (!row) return undefined;
  const values = Object.fromEntries(ALL_FIELDS.map((key) => [key, null])) as Record<
    SummaryField,
    string | null
  >;
  const errors: ImportCellError[] = [];
  let blank = true;
  columns.forEach((col, i) => {
    const { value, issue } = readCellValue(row.findCell(i + 1));
    if (issue) errors.push({ row: rowNumber, column: col.label, ...issue });
    // Undo our own export's formula-injection escaping, so an export re-imports unchanged.
    values[col.key] = value === null ? null : restoreCellText(value);
    blank &&= value === null && !issue;
  });
  return blank ? undefined : { row: { row: rowNumber, values }, errors };
}

function tooManyRows(maxRows: number): DomainError {
  return new DomainError(
    'payload-too-large',
    'XLSX_TOO_MANY_ROWS',
    `数据行数超过上限 ${maxRows} 行`,
  );
}
