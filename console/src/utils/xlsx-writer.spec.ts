import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnName, crc32, escapeXml, xlsxBytes } from './xlsx-writer';

describe('xlsxBytes', () => {
  it('writes a workbook that a real reader opens, Chinese and markup intact', async () => {
    const bytes = xlsxBytes({
      name: '账号与临时密码',
      widths: [12, 20],
      rows: [
        ['用户名', '临时密码', '行号'],
        ['yz.clerk', 'Ab#3<&>"x', 2],
        ['张三', null, 3],
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('账号与临时密码');
    expect(sheet.getRow(1).values).toEqual([undefined, '用户名', '临时密码', '行号']);
    expect(sheet.getCell('B2').value).toBe('Ab#3<&>"x');
    expect(sheet.getCell('C2').value).toBe(2);
    expect(sheet.getCell('B3').value).toBeNull();
    expect(sheet.getColumn(2).width).toBe(20);
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
  ])('names column %i %s', (i, name) => expect(columnName(i)).toBe(name));

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml('a<b>&"c"\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
