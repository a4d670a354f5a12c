import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import * as ExcelJS from 'exceljs';
import {
  SUMMARY_EXTRA_COLUMNS,
  SUMMARY_FIRST_DATA_ROW,
  SUMMARY_SHEET_NAME,
  SUMMARY_TITLE,
  safeCellText,
  type SummaryField,
} from '../../src/modules/documents/excel/summary-columns';
import {
  SUMMARY_DATA_STYLE,
  drawSummaryHead,
  summarySheetOptions,
} from '../../src/modules/documents/excel/summary-layout';
import { TEMPLATE_COLUMNS } from '../../src/modules/documents/excel/summary-template';
import { summaryRowTexts } from '../../src/modules/documents/excel/summary-workbook';
import { LEVEL_NAMES } from '../../src/modules/exam-sessions/domain/session-rules';
import type { SummaryMeta } from '../../src/modules/registrations/domain/summary-row';
import { ROUTE_NAMES } from '../../src/modules/registrations/domain/route-names';
import type { Season, SeasonRow } from './season-data';

/**
 * One 附件2 xlsx per unit. The project's writeSummaryWorkbook writes columns A–L only, and the
 * import reads a row without M–S as 正常晋升 without a national certificate: the routes and the
 * 免考复核认定 of the season would be lost. So the files carry the import template's extra columns
 * (M–S) too, laid out by the project's own column model, head and cell texts (A–L exactly as
 * writeSummaryWorkbook writes them), streamed the same way.
 */

/** Texts of the extra columns M–S for one row; null leaves the cell empty. */
function extraTexts(row: SeasonRow): Partial<Record<SummaryField, string | null>> {
  const cert = row.nationalCertificate;
  return {
    route: ROUTE_NAMES[row.route],
    confirmed: row.confirmed ? '是' : '否',
    professionalTitle: row.professionalTitle,
    yearsInOccupation: row.yearsInOccupation === null ? null : String(row.yearsInOccupation),
    nationalCertLevel: cert ? LEVEL_NAMES[cert.level] : null,
    nationalCertNumber: cert?.number ?? null,
    nationalCertVerification: cert?.verification ?? null,
  };
}

/** Pure: the texts of columns A–S for one row (A–L as writeSummaryWorkbook writes them). */
export function seasonRowTexts(row: SeasonRow): (string | null)[] {
  const extras = extraTexts(row);
  const extraCells = SUMMARY_EXTRA_COLUMNS.map((col) => {
    const text = extras[col.key];
    return text ? safeCellText(text) : null;
  });
  return [...summaryRowTexts(row), ...extraCells];
}

/** Pure: a row as the sheet reader hands it to the import (field → text), for checks. */
export function seasonRowValues(row: SeasonRow): Record<SummaryField, string | null> {
  const texts = seasonRowTexts(row);
  return Object.fromEntries(TEMPLATE_COLUMNS.map((col, i) => [col.key, texts[i]])) as Record<
    SummaryField,
    string | null
  >;
}

export async function writeSeasonWorkbook(rows: SeasonRow[], meta: SummaryMeta): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet(SUMMARY_SHEET_NAME, summarySheetOptions());
  drawSummaryHead(sheet, TEMPLATE_COLUMNS, meta);
  rows.forEach((r, i) => {
    const row = sheet.getRow(SUMMARY_FIRST_DATA_ROW + i);
    seasonRowTexts(r).forEach((text, c) => {
      const cell = row.getCell(c + 1);
      cell.style = SUMMARY_DATA_STYLE;
      if (text !== null) cell.value = text;
    });
    row.commit();
  });
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

export interface SeasonFile {
  department: string;
  unit: string;
  /** Absolute or dir-relative path of the xlsx, as `dir` was given. */
  path: string;
  rows: number;
}

/**
 * Writes one 附件2 per unit into `dir` (created if missing): d01-u001.xlsx, … in season order
 * (ASCII names, so any shell or upload handles them). Answers the files in that order.
 */
export async function writeSeasonFiles(season: Season, dir: string): Promise<SeasonFile[]> {
  await mkdir(dir, { recursive: true });
  const files: SeasonFile[] = [];
  let u = 0;
  for (const [d, dept] of season.departments.entries()) {
    for (const unit of dept.units) {
      const name = `d${String(d + 1).padStart(2, '0')}-u${String(++u).padStart(3, '0')}.xlsx`;
      const path = join(dir, name);
      const buffer = await writeSeasonWorkbook(unit.rows, {
        title: SUMMARY_TITLE,
        departmentName: dept.name,
        unitName: unit.name,
        sessionTitle: '2025年度',
        filler: '张丽',
        phone: '0411-82345678',
      });
      await writeFile(path, buffer);
      files.push({ department: dept.name, unit: unit.name, path, rows: unit.rows.length });
    }
  }
  return files;
}
