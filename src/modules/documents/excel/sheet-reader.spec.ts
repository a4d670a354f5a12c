import { randomBytes } from 'node:crypto';
import type * as ExcelJS from 'exceljs';
import { sheetBuffer, workbookBuffer } from '../../../../test/fixtures/xlsx/workbook-builder';
import { rewritePart } from '../../../../test/fixtures/xlsx/zip-builder';
import { columnLetter, readSheet, type SheetSpec } from './sheet-reader';

const HEADERS = ['单位名称', '统一社会信用代码', '成立日期', '人数'] as const;
const spec: SheetSpec = { headers: HEADERS };

const formula = (text: string, result: number): ExcelJS.CellValue => ({ formula: text, result });

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('%i → %s', (index0, letters) => {
    expect(columnLetter(index0)).toBe(letters);
  });
});

describe('readSheet', () => {
  it('reads Chinese text, numbers, dates, booleans, rich text and hyperlinks', async () => {
    const buffer = await sheetBuffer([
      [...HEADERS],
      ['  大连市教育局 ', '12210200MB1234567X', new Date(Date.UTC(2001, 8, 3)), 120],
      [{ richText: [{ text: '大连' }, { text: '理工大学' }] }, 1234, 'x', 1.5],
      [{ text: '沈阳市教育局', hyperlink: 'http://example.cn' }, true, null, 0.00000015],
    ]);
    await expect(readSheet(buffer, spec)).resolves.toEqual({
      rows: [
        { row: 2, values: ['大连市教育局', '12210200MB1234567X', '2001-09-03', '120'] },
        { row: 3, values: ['大连理工大学', '1234', 'x', '1.5'] },
        { row: 4, values: ['沈阳市教育局', 'true', null, '0.00000015'] },
      ],
      errors: [],
    });
  });

  it('keeps multi-byte text intact across a large shared-strings table', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `大连市第${i}中学（高中部）`);
    const buffer = await sheetBuffer([[...HEADERS], ...names.map((name) => [name, 'c', null, 1])]);
    const { rows } = await readSheet(buffer, spec);
    expect(rows.map((row) => row.values[0])).toEqual(names);
  });

  it('skips blank rows, keeps hidden rows and reports real sheet row numbers', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('单位');
      sheet.addRow([...HEADERS]);
      sheet.getRow(3).values = ['甲', null, null, '   '];
      sheet.getRow(4).values = ['', '  '];
      sheet.getRow(6).values = ['隐藏行单位'];
      sheet.getRow(6).hidden = true;
    });
    const { rows } = await readSheet(buffer, spec);
    expect(rows).toEqual([
      { row: 3, values: ['甲', null, null, null] },
      { row: 6, values: ['隐藏行单位', null, null, null] },
    ]);
  });

  it('matches headers after NFKC, trimming and whitespace removal', async () => {
    const buffer = await sheetBuffer([
      [' 单位\n名称 ', '统一社会　信用代码', '成立日期', '人数'],
      ['甲', null, null, null],
    ]);
    const { rows } = await readSheet(buffer, {
      headers: ['单位名称', '统一社会信用代码', '成立日期', '人数'],
    });
    expect(rows).toHaveLength(1);
    const fullWidth = await sheetBuffer([
      ['联系电话（手机）', 'ＩＤ'],
      ['1', '2'],
    ]);
    await expect(
      readSheet(fullWidth, { headers: ['联系电话(手机)', 'ID'] }),
    ).resolves.toMatchObject({
      rows: [{ row: 2, values: ['1', '2'] }],
    });
  });

  // Checklist row 30: wrong template.
  it.each([
    ['a renamed column', ['单位名称', '信用代码', '成立日期', '人数'], [{ column: 'B' }]],
    ['a missing column', ['单位名称', '统一社会信用代码', '成立日期'], [{ column: 'D' }]],
    [
      'an extra column',
      [...HEADERS, '备注'],
      [{ column: 'E', message: '第 E 列应为空，实为“备注”' }],
    ],
    [
      'swapped columns',
      ['统一社会信用代码', '单位名称', '成立日期', '人数'],
      [{ column: 'A' }, { column: 'B' }],
    ],
  ])('rejects %s with XLSX_TEMPLATE_MISMATCH', async (_label, headerRow, details) => {
    const buffer = await sheetBuffer([headerRow, ['甲']]);
    await expect(readSheet(buffer, spec)).rejects.toMatchObject({
      kind: 'unprocessable',
      code: 'XLSX_TEMPLATE_MISMATCH',
      message: '表头与模板不一致，应为：单位名称、统一社会信用代码、成立日期、人数',
      details: details.map((detail) =>
        expect.objectContaining({ code: 'HEADER_MISMATCH', ...detail }),
      ),
    });
  });

  it('names the expected and actual header in the detail message', async () => {
    const buffer = await sheetBuffer([['单位', '统一社会信用代码', '成立日期', '人数']]);
    await expect(readSheet(buffer, spec)).rejects.toMatchObject({
      details: [
        { column: 'A', code: 'HEADER_MISMATCH', message: '第 A 列应为“单位名称”，实为“单位”' },
      ],
    });
  });

  it('rejects a formula in the header row even if its cached text matches', async () => {
    const buffer = await sheetBuffer([
      [{ formula: '"单位"&"名称"', result: '单位名称' }, '统一社会信用代码', '成立日期', '人数'],
    ]);
    await expect(readSheet(buffer, spec)).rejects.toMatchObject({
      code: 'XLSX_TEMPLATE_MISMATCH',
      details: [{ column: 'A' }],
    });
  });

  // Checklist row 26: never trust a formula's cached result.
  it('reports formula cells (plain and shared) and never uses their cached result', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('单位');
      sheet.addRow([...HEADERS]);
      sheet.addRow(['甲', 'c', null, formula('1+1', 999)]);
      // exceljs's typings omit shareType/ref, which its writer needs for a shared formula.
      const sharedMaster = { formula: 'D2', shareType: 'shared', ref: 'D3:D4', result: 7 };
      sheet.getCell('D3').value = sharedMaster;
      sheet.getCell('D4').value = { sharedFormula: 'D3', result: 8 };
    });
    const result = await readSheet(buffer, spec);
    expect(result.rows.map((row) => row.values[3])).toEqual([null, null, null]);
    expect(result.errors).toEqual(
      [2, 3, 4].map((row) => ({
        row,
        column: '人数',
        code: 'CELL_FORMULA',
        message: '公式单元格不允许，请粘贴为数值',
      })),
    );
  });

  it.each([
    ['an 18-digit ID typed as a number', Number('110101199003071234'), 'CELL_NUMBER_PRECISION'],
    ['a 16-digit integer', 1234567890123456, 'CELL_NUMBER_PRECISION'],
    ['a float with 17 significant digits', 0.30000000000000004, 'CELL_NUMBER_PRECISION'],
    ['an error value', { error: '#N/A' }, 'CELL_ERROR'],
  ])('reports %s', async (_label, value, code) => {
    const buffer = await sheetBuffer([[...HEADERS], ['甲', value]]);
    const result = await readSheet(buffer, spec);
    expect(result.rows).toEqual([{ row: 2, values: ['甲', null, null, null] }]);
    expect(result.errors).toEqual([
      { row: 2, column: '统一社会信用代码', code, message: expect.any(String) },
    ]);
  });

  it('formats a 15-digit integer without exponent', async () => {
    const buffer = await sheetBuffer([[...HEADERS], ['甲', 123456789012345]]);
    const { rows } = await readSheet(buffer, spec);
    expect(rows[0].values[1]).toBe('123456789012345');
  });

  it('flags the copies of a merged range instead of duplicating the value', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('单位');
      sheet.addRow([...HEADERS]);
      sheet.addRow(['甲', 'c']);
      sheet.addRow(['乙', 'd']);
      sheet.mergeCells('B2:B3');
    });
    const result = await readSheet(buffer, spec);
    expect(result.rows).toEqual([
      { row: 2, values: ['甲', 'c', null, null] },
      { row: 3, values: ['乙', null, null, null] },
    ]);
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 3, column: '统一社会信用代码', code: 'CELL_MERGED' }),
    ]);
  });

  it('honours headerRow and headerRows', async () => {
    const buffer = await sheetBuffer([
      ['2025 年单位信息导入模板'],
      [...HEADERS],
      ['（必填）', '（18 位）'],
      ['甲', 'c'],
    ]);
    const { rows } = await readSheet(buffer, { headers: HEADERS, headerRow: 2, headerRows: 2 });
    expect(rows).toEqual([{ row: 4, values: ['甲', 'c', null, null] }]);
  });

  it('reads the named sheet, and the first visible one by default', async () => {
    const buffer = await workbookBuffer((workbook) => {
      const hidden = workbook.addWorksheet('说明', { state: 'hidden' });
      hidden.addRow(['不应读取']);
      const target = workbook.addWorksheet('单位');
      target.addRow([...HEADERS]);
      target.addRow(['甲']);
      const other = workbook.addWorksheet('其他');
      other.addRow([...HEADERS]);
      other.addRow(['乙']);
    });
    await expect(readSheet(buffer, spec)).resolves.toMatchObject({
      rows: [{ values: ['甲', null, null, null] }],
    });
    await expect(readSheet(buffer, { ...spec, sheetName: '其他' })).resolves.toMatchObject({
      rows: [{ values: ['乙', null, null, null] }],
    });
    await expect(readSheet(buffer, { ...spec, sheetName: '缺失' })).rejects.toMatchObject({
      kind: 'unprocessable',
      code: 'XLSX_SHEET_NOT_FOUND',
    });
  });

  it('refuses more data rows than maxRows, counting only non-blank rows', async () => {
    const rows = [[...HEADERS], ['甲'], [], ['乙'], ['丙']];
    const buffer = await sheetBuffer(rows);
    await expect(readSheet(buffer, { ...spec, maxRows: 3 })).resolves.toMatchObject({
      rows: [{ row: 2 }, { row: 4 }, { row: 5 }],
    });
    await expect(readSheet(buffer, { ...spec, maxRows: 2 })).rejects.toMatchObject({
      kind: 'payload-too-large',
      code: 'XLSX_TOO_MANY_ROWS',
      message: '数据行数超过上限 2 行',
    });
  });

  it('refuses 10,001 data rows by default', async () => {
    const data = Array.from({ length: 10_001 }, (_, i) => [`单位${i}`]);
    const buffer = await sheetBuffer([[...HEADERS], ...data]);
    await expect(readSheet(buffer, spec)).rejects.toMatchObject({ code: 'XLSX_TOO_MANY_ROWS' });
  });

  it('runs the archive guard before parsing', async () => {
    await expect(readSheet(randomBytes(512), spec)).rejects.toMatchObject({ code: 'XLSX_INVALID' });
    const good = await sheetBuffer([[...HEADERS]]);
    const unsafe = await rewritePart(good, 'xl/workbook.xml', (xml) =>
      xml.replace('?>', '?><!DOCTYPE w [<!ENTITY x "y">]>'),
    );
    await expect(readSheet(unsafe, spec)).rejects.toMatchObject({ code: 'XLSX_UNSAFE' });
  });
});
