import * as ExcelJS from 'exceljs';
import { readScoreSheet, writeScoreSheetWorkbook } from './score-sheet.xlsx';

const sheet = {
  title: '2025年度 电工 理论考试 评分表',
  lines: ['考点：大连市考核基地', '考场：第001考场'],
  marker: 'marker-1',
  rows: [
    { seat: 1, ticketNumber: '2025101001', name: '张三' },
    { seat: 2, ticketNumber: '2025101002', name: '李四' },
  ],
};

describe('score sheet workbook', () => {
  it('locks the printed columns and leaves only the mark columns open', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeScoreSheetWorkbook(sheet)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('评分表')!;
    const xml = (ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
    expect(xml).toMatchObject({ sheet: true });
    expect(ws.getCell(5, 2).protection?.locked).not.toBe(false);
    expect(ws.getCell(5, 4).protection).toMatchObject({ locked: false });
  });

  it('protects with a random password without key stretching, which blocked the event loop', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeScoreSheetWorkbook(sheet)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('评分表') as unknown as { sheetProtection: { spinCount: number } };
    expect(Number(ws.sheetProtection.spinCount)).toBeLessThanOrEqual(1);
  });

  it('reads back its own rows and marker', async () => {
    const read = await readScoreSheet(await writeScoreSheetWorkbook(sheet));
    expect(read.marker).toBe('marker-1');
    expect(read.rows.map((r) => r.ticketNumber)).toEqual(['2025101001', '2025101002']);
  });
});
