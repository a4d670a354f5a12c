import type * as ExcelJS from 'exceljs';
import type { SummaryMeta } from '../../registrations/domain/summary-row';
import { columnLetter } from './sheet-reader';
import {
  SUMMARY_FIRST_DATA_ROW,
  SUMMARY_HEADER_ROW,
  SUMMARY_TITLE,
  type SummaryColumn,
} from './summary-columns';

/**
 * The part of 附件2 above the data: title, 主管部门/填报人/联系电话 lines and the two-row header.
 * The grid is computed by pure functions (also used by the reader to check an upload) and drawn
 * by `drawSummaryHead`, which works on the in-memory and the streaming worksheet alike.
 */

/** Expected header cells per column; null = blank or covered by a merge. */
export interface SummaryHeaderGrid {
  top: (string | null)[];
  bottom: (string | null)[];
  merges: string[];
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = '宋体';
const TEXT_FORMAT: Partial<ExcelJS.Style> = { numFmt: '@' };

/** Data cells: text format so ID numbers never turn into (rounded) numbers. */
export const SUMMARY_DATA_STYLE: Readonly<Partial<ExcelJS.Style>> = {
  numFmt: '@',
  font: { name: FONT, size: 11 },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  border: BORDER,
};

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  ...SUMMARY_DATA_STYLE,
  font: { name: FONT, size: 11, bold: true },
};
const TITLE_STYLE: Partial<ExcelJS.Style> = {
  numFmt: '@',
  font: { name: FONT, size: 16, bold: true },
  alignment: { vertical: 'middle', horizontal: 'center' },
};
const META_STYLE: Partial<ExcelJS.Style> = {
  numFmt: '@',
  font: { name: FONT, size: 12 },
  alignment: { vertical: 'middle', horizontal: 'left' },
};

export function summaryHeaderGrid(columns: readonly SummaryColumn[]): SummaryHeaderGrid {
  const grid: SummaryHeaderGrid = { top: [], bottom: [], merges: [] };
  const [top, bottom] = [SUMMARY_HEADER_ROW, SUMMARY_HEADER_ROW + 1];
  columns.forEach((col, i) => {
    const letter = columnLetter(i);
    const continuesGroup = col.group !== undefined && columns[i - 1]?.group === col.group;
    grid.top.push(continuesGroup ? null : (col.group ?? col.header));
    grid.bottom.push(col.group ? col.header : null);
    if (!col.group) {
      grid.merges.push(`${letter}${top}:${letter}${bottom}`);
    } else if (!continuesGroup) {
      const end = groupEnd(columns, i);
      if (end > i) grid.merges.push(`${letter}${top}:${columnLetter(end)}${top}`);
    }
  });
  return grid;
}

function groupEnd(columns: readonly SummaryColumn[], start: number): number {
  let end = start;
  while (columns[end + 1]?.group === columns[start].group) end++;
  return end;
}

/** Rows 2–4 of 附件2; empty values leave the blank for a handwritten entry. */
export function summaryMetaLines(meta: Partial<SummaryMeta>): string[] {
  const unit = meta.unitName ? `  单位：${meta.unitName}` : '';
  return [
    `主管部门：${meta.departmentName ?? ''}（盖章）${unit}`,
    `填报人：${meta.filler ?? ''}`,
    `联系电话：${meta.phone ?? ''}`,
  ];
}

/**
 * Sheet options both writers pass to addWorksheet: the streaming writer only honours page setup
 * given at creation. Rows 5–6 repeat on every printed page; panes freeze below the header.
 */
export function summarySheetOptions(): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [
      {
        state: 'frozen',
        xSplit: 0,
        ySplit: SUMMARY_FIRST_DATA_ROW - 1,
        topLeftCell: `A${SUMMARY_FIRST_DATA_ROW}`,
        activeCell: `A${SUMMARY_FIRST_DATA_ROW}`,
      },
    ],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages tall as needed
      horizontalCentered: true,
      printTitlesRow: `${SUMMARY_HEADER_ROW}:${SUMMARY_HEADER_ROW + 1}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  };
}

/** Sets columns, then draws rows 1–6. Must run before any data row is added. */
export function drawSummaryHead(
  sheet: ExcelJS.Worksheet,
  columns: readonly SummaryColumn[],
  meta: Partial<SummaryMeta>,
): void {
  // Column-level text format: rows a user adds below the styled ones stay text as well.
  sheet.columns = columns.map((col) => ({ key: col.key, width: col.width, style: TEXT_FORMAT }));
  const last = columnLetter(columns.length - 1);
  drawBanner(sheet, 1, meta.title ?? SUMMARY_TITLE, TITLE_STYLE, last, 32);
  summaryMetaLines(meta).forEach((line, i) => drawBanner(sheet, i + 2, line, META_STYLE, last, 22));
  drawHeader(sheet, summaryHeaderGrid(columns));
}

function drawBanner(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  text: string,
  style: Partial<ExcelJS.Style>,
  lastColumn: string,
  height: number,
): void {
  const row = sheet.getRow(rowNumber);
  row.height = height;
  const cell = row.getCell(1);
  cell.style = style;
  cell.value = text;
  sheet.mergeCells(`A${rowNumber}:${lastColumn}${rowNumber}`);
}

function drawHeader(sheet: ExcelJS.Worksheet, grid: SummaryHeaderGrid): void {
  [grid.top, grid.bottom].forEach((texts, offset) => {
    const row = sheet.getRow(SUMMARY_HEADER_ROW + offset);
    row.height = 24;
    texts.forEach((text, i) => {
      // Covered cells get the style too, or the merged block would miss its borders.
      const cell = row.getCell(i + 1);
      cell.style = HEADER_STYLE;
      if (text !== null) cell.value = text;
    });
  });
  grid.merges.forEach((range) => sheet.mergeCells(range));
}
