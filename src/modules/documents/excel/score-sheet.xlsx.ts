import * as ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { DomainError } from '../../../common/errors/domain-error';
import { VIOLATION_TYPE_NAMES, VIOLATION_VOID_NAMES } from '../../scoring/domain/marks';
import {
  SCORE_SHEET_HEADERS,
  type ScoreSheetFile,
  type ScoreSheetFileRow,
} from '../../scoring/domain/score-sheet-file';
import { readCellValue } from './cell-value';
import { columnLetter } from './sheet-reader';
import { safeCellText } from './summary-columns';
import { withTimeout } from './with-timeout';
import { xlsxInvalid, xlsxTimeout } from './xlsx-errors';
import { inspectXlsx, resolveXlsxLimits, sheetRowsFor } from './xlsx-guard';

/**
 * The score sheet of one exam room as a workbook: seat, ticket number and name pre-filled and
 * locked, only 成绩 / 违纪类型 / 违纪处理 editable (sheet protection: no sorting, inserting or
 * deleting rows), and a very hidden sheet holding the marker that ties the file to its sheet.
 */
export const SCORE_SHEET_NAME = '评分表';
const MARKER_SHEET = '校验';
const HEADER_ROW = 4;
const FIRST_ROW = HEADER_ROW + 1;
const MARK_COLUMNS = [4, 5, 6];
const WIDTHS = [8, 16, 12, 10, 18, 18];
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export interface ScoreSheetExport {
  title: string;
  lines: string[];
  marker: string;
  rows: { seat: number; ticketNumber: string; name: string }[];
}

export async function writeScoreSheetWorkbook(sheet: ScoreSheetExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SCORE_SHEET_NAME, {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, 6);
  ws.getCell(1, 1).value = sheet.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.lines.slice(0, 2).forEach((text, i) => {
    ws.mergeCells(2 + i, 1, 2 + i, 6);
    ws.getCell(2 + i, 1).value = text;
  });
  ws.getRow(HEADER_ROW).values = [...SCORE_SHEET_HEADERS];
  ws.getRow(HEADER_ROW).eachCell((c) => {
    c.font = { bold: true };
    c.border = BORDER;
    c.alignment = { horizontal: 'center' };
  });
  const types = `"${Object.values(VIOLATION_TYPE_NAMES).join(',')}"`;
  const voids = `"${Object.values(VIOLATION_VOID_NAMES).join(',')}"`;
  sheet.rows.forEach((r, i) => {
    const row = ws.getRow(FIRST_ROW + i);
    row.values = [String(r.seat), r.ticketNumber, safeCellText(r.name), null, null, null];
    for (let c = 1; c <= 6; c++) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      cell.numFmt = '@';
      cell.alignment = { horizontal: 'center' };
      if (MARK_COLUMNS.includes(c)) cell.protection = { locked: false };
    }
    row.getCell(5).dataValidation = { type: 'list', allowBlank: true, formulae: [types] };
    row.getCell(6).dataValidation = { type: 'list', allowBlank: true, formulae: [voids] };
  });
  const note = FIRST_ROW + sheet.rows.length + 1;
  ws.mergeCells(note, 1, note, 6);
  ws.getCell(note, 1).value =
    '填写说明：成绩填 0–100（最多一位小数）；缺考填“缺”（或 Q、-）；违纪填“违”（或 W）并选择违纪类型和处理。请勿调整行序或改动前三列。';
  ws.getCell(note, 1).alignment = { wrapText: true };
  ws.getRow(note).height = 32;
  // The protection only keeps graders' hands off the printed columns; the marker and the import's
  // checks are what hold. Its password is random and never told, so it needs no key stretching:
  // exceljs's default (100,000 rounds of SHA-512) cost ~350 ms of the event loop per export.
  await ws.protect(randomBytes(12).toString('hex'), {
    spinCount: 1,
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: false,
    insertRows: false,
    deleteRows: false,
    sort: false,
    autoFilter: false,
  });
  const marker = wb.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  marker.getCell('A1').value = sheet.marker;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads an uploaded score sheet after the archive guard: its marker and every data row. */
export async function readScoreSheet(buffer: Buffer): Promise<ScoreSheetFile> {
  const limits = resolveXlsxLimits({ maxSheetRows: sheetRowsFor(1_000), timeoutMs: 10_000 });
  const deadline = Date.now() + limits.timeoutMs;
  await inspectXlsx(buffer, limits);
  const wb = new ExcelJS.Workbook();
  try {
    await withTimeout(
      wb.xlsx.load(buffer as unknown as ExcelJS.Buffer),
      deadline - Date.now(),
      xlsxTimeout,
    );
  } catch (e) {
    throw e instanceof DomainError ? e : xlsxInvalid();
  }
  const ws = wb.getWorksheet(SCORE_SHEET_NAME);
  if (!ws) {
    throw new DomainError(
      'unprocessable',
      'XLSX_SHEET_NOT_FOUND',
      `文件中没有名为“${SCORE_SHEET_NAME}”的工作表：请使用本系统导出的评分表`,
    );
  }
  assertHeaders(ws.getRow(HEADER_ROW));
  const marker = readCellValue(wb.getWorksheet(MARKER_SHEET)?.getCell('A1')).value;
  const rows: ScoreSheetFileRow[] = [];
  for (let r = FIRST_ROW; r <= ws.rowCount; r++) {
    const cells = [1, 2, 3, 4, 5, 6].map((c) => readCellValue(ws.getRow(r).getCell(c)));
    // The note under the table is the only merged row the export writes.
    if (cells[0].value === null && cells[1].value === null) continue;
    if (cells[0].value?.startsWith('填写说明')) continue;
    rows.push({
      row: r,
      seat: cells[0].value,
      ticketNumber: cells[1].value,
      mark: cells[3].value,
      violationType: cells[4].value,
      violationVoid: cells[5].value,
      issues: cells.flatMap((c, i) =>
        c.issue
          ? [{ column: SCORE_SHEET_HEADERS[i], code: c.issue.code, message: c.issue.message }]
          : [],
      ),
    });
  }
  return { marker, rows };
}

function assertHeaders(row: ExcelJS.Row): void {
  const details = SCORE_SHEET_HEADERS.flatMap((h, i) => {
    const got = readCellValue(row.getCell(i + 1)).value ?? '';
    const column = columnLetter(i);
    return got === h
      ? []
      : [{ column, code: 'HEADER_MISMATCH', message: `第 ${column} 列应为“${h}”，实为“${got}”` }];
  });
  if (details.length) {
    throw new DomainError(
      'unprocessable',
      'XLSX_TEMPLATE_MISMATCH',
      `表头与评分表不一致，应为：${SCORE_SHEET_HEADERS.join('、')}`,
      details,
    );
  }
}
