import * as ExcelJS from 'exceljs';
import { safeCellText } from './summary-columns';

/** The discrepancy list (双录入差异清单) as a plain table. */
export interface DiscrepancyListRow {
  sitting: string;
  examRoom: string;
  seat: number;
  ticketNumber: string;
  name: string;
  first: string;
  second: string;
  decided: string;
  note: string;
  decidedBy: string;
}

export const DISCREPANCY_HEADERS = [
  '场次',
  '考场',
  '座位号',
  '准考证号',
  '姓名',
  '第一录入',
  '第二录入',
  '核定成绩',
  '核对说明',
  '处理人',
] as const;

export async function writeDiscrepancyWorkbook(
  title: string,
  rows: DiscrepancyListRow[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('差异清单', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = [28, 12, 8, 16, 10, 16, 16, 16, 30, 12].map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, DISCREPANCY_HEADERS.length);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getRow(2).values = [...DISCREPANCY_HEADERS];
  ws.getRow(2).font = { bold: true };
  for (const r of rows) {
    ws.addRow([
      safeCellText(r.sitting),
      r.examRoom,
      r.seat,
      r.ticketNumber,
      safeCellText(r.name),
      r.first,
      r.second,
      r.decided,
      safeCellText(r.note),
      safeCellText(r.decidedBy),
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
