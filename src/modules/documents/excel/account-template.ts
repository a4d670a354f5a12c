import * as ExcelJS from 'exceljs';
import { columnLetter } from './sheet-reader';

/**
 * The blank account import template: the header row the importer expects, text format on the
 * data area (so a username like 007 stays text), a drop-down of the roles and one of the
 * active departments (on a hidden sheet: sixty names exceed Excel's inline limit), and a
 * 填写说明 sheet.
 */

export interface AccountTemplateOptions {
  headers: readonly string[];
  /** Chinese role names the import accepts. */
  roles: readonly string[];
  /** Active departments' names, in display order. */
  departments: readonly string[];
  maxRows: number;
}

const DATA_ROWS = 1000;
const WIDTHS = [18, 14, 16, 32, 32];
const LIST_SHEET = '下拉选项';

/** exceljs 4.4 implements worksheet.dataValidations but its typings omit it. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export async function writeAccountTemplate(o: AccountTemplateOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('账号', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...o.headers]).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
  });
  o.headers.forEach((_, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = WIDTHS[i] ?? 20;
    column.numFmt = '@';
  });
  const validations = (sheet as unknown as RangeValidations).dataValidations;
  const list = (col: number, formula: string) =>
    validations.add(`${columnLetter(col)}2:${columnLetter(col)}${DATA_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '输入有误',
      error: '请从下拉列表中选择',
    });
  list(2, `"${o.roles.join(',')}"`);
  if (o.departments.length > 0) {
    const lists = workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });
    o.departments.forEach((name, i) => (lists.getCell(`A${i + 1}`).value = name));
    list(3, `'${LIST_SHEET}'!$A$1:$A$${o.departments.length}`);
  }
  addInstructions(workbook, accountTemplateInstructions(o));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Pure: the lines of the 填写说明 sheet. */
export function accountTemplateInstructions(o: AccountTemplateOptions): string[] {
  return [
    '填写说明',
    '1. 第 1 行为表头，请勿修改、删除或移动；从第 2 行起每行一个账号，不要合并单元格，不要使用公式。',
    '2. 用户名为登录名：3–64 位字母、数字、点、下划线或短横线，不区分大小写，不能与已有账号或本表其他行重复。',
    `3. 角色可选：${o.roles.join('、')}。`,
    '4. 主管部门用户：填写所属主管部门，所属单位留空。',
    '5. 单位用户：填写所属主管部门和该部门下的所属单位（名称与系统中一致）。',
    '6. 评分员、中心工作人员：所属主管部门和所属单位都留空。',
    '7. 导入成功后，系统为每个账号生成临时密码，只在导入结果中显示一次，请当场下载“账号与临时密码”表并妥善分发；首次登录须修改密码。',
    `8. 每个文件最多 ${o.maxRows} 行；任何一行有错误时整个文件都不会导入，请按提示修改后重新上传。`,
  ];
}

function addInstructions(workbook: ExcelJS.Workbook, lines: string[]): void {
  const sheet = workbook.addWorksheet('填写说明');
  sheet.getColumn(1).width = 110;
  lines.forEach((line, i) => {
    const cell = sheet.getCell(`A${i + 1}`);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.font = { size: i === 0 ? 14 : 11, bold: i === 0 };
  });
}
