import { Writable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import {
  targetLevelText,
  type SummaryMeta,
  type SummaryRow,
} from '../../registrations/domain/summary-row';
import {
  SUMMARY_COLUMNS,
  SUMMARY_FIRST_DATA_ROW,
  SUMMARY_SHEET_NAME,
  safeCellText,
  type SummaryField,
} from './summary-columns';
import { SUMMARY_DATA_STYLE, drawSummaryHead, summarySheetOptions } from './summary-layout';

/**
 * Renders 附件2 (申报汇总表) as the center expects it. Always written with exceljs's streaming
 * WorkbookWriter: rows are committed as they go, so a 10,000-row table never exists as an
 * in-memory cell model (STACK.md: ~0.3 s for 20,000 rows).
 */

export { SUMMARY_COLUMNS, safeCellText } from './summary-columns';

/** Pure: the texts of columns A–L for one row; null leaves the cell empty. 二(九) is marked in 等级. */
export function summaryRowTexts(row: SummaryRow): (string | null)[] {
  const fields: Partial<Record<SummaryField, string | number | null>> = {
    ...row,
    targetLevel: targetLevelText(row),
  };
  return SUMMARY_COLUMNS.map((col) => {
    const value = fields[col.key];
    if (value === null || value === undefined || value === '') return null;
    return safeCellText(String(value));
  });
}

export async function writeSummaryWorkbook(rows: SummaryRow[], meta: SummaryMeta): Promise<Buffer> {
  const sink = bufferSink();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink.stream,
    useStyles: true,
    // Shared strings are how Excel itself stores text (and keep repeated 职种/等级 small).
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet(SUMMARY_SHEET_NAME, summarySheetOptions());
  drawSummaryHead(sheet, SUMMARY_COLUMNS, meta);
  rows.forEach((row, i) => {
    writeTextRow(sheet, SUMMARY_FIRST_DATA_ROW + i, summaryRowTexts(row));
  });
  sheet.commit();
  await workbook.commit();
  return sink.toBuffer();
}

/** Every cell is a string with the text format, so nothing is re-typed as a number or date. */
function writeTextRow(sheet: ExcelJS.Worksheet, rowNumber: number, texts: (string | null)[]): void {
  const row = sheet.getRow(rowNumber);
  texts.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    cell.style = SUMMARY_DATA_STYLE;
    if (text !== null) cell.value = text;
  });
  // Flushes this row (and the header before it) to the zip stream and frees it.
  row.commit();
}

/** A Writable that keeps what exceljs writes; reading it as it arrives avoids backpressure. */
function bufferSink(): { stream: Writable; toBuffer: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, toBuffer: () => Buffer.concat(chunks) };
}
