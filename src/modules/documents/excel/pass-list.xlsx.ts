import * as ExcelJS from 'exceljs';
import type { PassListPdfGroup, PassListPdfMeta } from '../pdf/pass-list.pdf';
import { passListTitle } from '../pdf/pass-list.pdf';
import { safeCellText } from './summary-columns';

/**
 * 《…合格人员名单》 as one flat, filterable sheet: 主管部门 is a column instead of a heading.
 * The public edition leaves out the certificate numbers (its ID numbers come masked).
 */
export async function writePassListWorkbook(
  groups: PassListPdfGroup[],
  meta: PassListPdfMeta,
): Promise<Buffer> {
  const headers = [
    '序号',
    '主管部门',
    '姓名',
    '性别',
    '身份证号',
    '单位',
    '职业（工种）',
    '等级',
    '取得方式',
  ];
  const widths = [7, 26, 10, 6, 22, 30, 18, 8, 14];
  if (meta.edition !== 'public') {
    headers.push('证书编号');
    widths.push(17);
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('合格人员名单', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = widths.map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, headers.length);
  const title =
    passListTitle(meta.examYear) +
    (meta.edition === 'preview'
      ? '（预览，未发布）'
      : meta.edition === 'internal'
        ? '（内部版）'
        : '');
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getRow(2).values = headers;
  ws.getRow(2).font = { bold: true };
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: headers.length } };
  for (const g of groups)
    for (const r of g.rows) {
      const cells: (string | number)[] = [
        r.seq,
        safeCellText(g.departmentName),
        safeCellText(r.name),
        r.gender,
        r.idNumber,
        safeCellText(r.unitName),
        safeCellText(r.occupation),
        r.levelName,
        r.routeName,
      ];
      if (meta.edition !== 'public') cells.push(r.number ?? '');
      ws.addRow(cells);
    }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
