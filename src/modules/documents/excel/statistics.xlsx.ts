import * as ExcelJS from 'exceljs';
import {
  FIGURE_NAMES,
  FIGURES,
  type Figures,
  type SessionStatistics,
  type StatisticsGroup,
} from '../../statistics/domain/session-statistics';
import { safeCellText } from './summary-columns';

export interface StatisticsWorkbookMeta {
  examYear: number;
  scopeName: string;
}

const RATES = ['passRate', 'satPassRate'] as const;
/** Short headers; the full wording of each rate is in the note under the title. */
const HEADERS = [...FIGURES.map((f) => FIGURE_NAMES[f]), '合格率', '实考合格率'];
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TITLE_ROW = 1;
const NOTE_ROW = 2;
const HEADER_ROW = 3;

const SHEETS: {
  name: string;
  first: string;
  groups: (s: SessionStatistics) => StatisticsGroup[];
}[] = [
  { name: '按试卷类别', first: '试卷类别', groups: (s) => s.byPaperCategory },
  { name: '按等级', first: '等级', groups: (s) => s.byLevel },
  { name: '按主管部门', first: '主管部门', groups: (s) => s.byDepartment },
  { name: '按报名途径', first: '申报途径', groups: (s) => s.byRoute },
  { name: '按考核方式', first: '考核方式', groups: (s) => s.byMode },
];

/**
 * A session's statistics as one workbook: 总体 and a sheet per breakdown, each with a title row
 * naming the year and scope, a frozen header row, counts as numbers and rates as percentages
 * (stored as fractions so Excel can compute with them; empty when there is nothing to divide).
 */
export async function writeStatisticsWorkbook(
  s: SessionStatistics,
  meta: StatisticsWorkbookMeta,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const total: StatisticsGroup = { key: 'total', name: '合计', figures: s.total };
  addSheet(wb, '总体', '范围', [{ ...total, name: safeCellText(meta.scopeName) }], meta);
  for (const sheet of SHEETS)
    addSheet(wb, sheet.name, sheet.first, [...sheet.groups(s), total], meta);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  first: string,
  groups: StatisticsGroup[],
  meta: StatisticsWorkbookMeta,
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 }] });
  const width = HEADERS.length + 1;
  ws.columns = [{ width: 26 }, ...HEADERS.map((h) => ({ width: Math.max(10, h.length * 2 + 2) }))];
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, width);
  const title = ws.getCell(TITLE_ROW, 1);
  title.value = `${meta.examYear}年度工勤技能人员技术等级晋升考核统计（${name}）——${safeCellText(meta.scopeName)}`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  ws.mergeCells(NOTE_ROW, 1, NOTE_ROW, width);
  ws.getCell(NOTE_ROW, 1).value = `${FIGURE_NAMES.passRate}；${FIGURE_NAMES.satPassRate}`;
  const header = ws.getRow(HEADER_ROW);
  header.values = [first, ...HEADERS];
  header.eachCell((c) => {
    c.font = { bold: true };
    c.border = BORDER;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  groups.forEach((g, i) => writeRow(ws.getRow(HEADER_ROW + 1 + i), g, g.key === 'total'));
}

function writeRow(row: ExcelJS.Row, g: StatisticsGroup, bold: boolean): void {
  const f: Figures = g.figures;
  row.values = [
    safeCellText(g.name),
    ...FIGURES.map((k) => f[k]),
    ...RATES.map((k) => (f[k] === null ? null : f[k] / 100)),
  ];
  for (let c = 1; c <= HEADERS.length + 1; c++) {
    const cell = row.getCell(c);
    cell.border = BORDER;
    if (bold) cell.font = { bold: true };
    if (c > 1 + FIGURES.length) cell.numFmt = '0.0%';
    else if (c > 1) cell.numFmt = '0';
  }
}
