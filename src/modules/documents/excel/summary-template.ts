import * as ExcelJS from 'exceljs';
import type { SummaryMeta } from '../../registrations/domain/summary-row';
import { columnLetter } from './sheet-reader';
import {
  SUMMARY_COLUMNS,
  SUMMARY_EXTRA_COLUMNS,
  SUMMARY_FIRST_DATA_ROW,
  SUMMARY_SHEET_NAME,
  type SummaryColumn,
  type SummaryField,
} from './summary-columns';
import { SUMMARY_DATA_STYLE, drawSummaryHead, summarySheetOptions } from './summary-layout';

/**
 * The blank import template: 附件2's columns A–L exactly, then the fields the registration import
 * needs beyond 附件2 (M–S), drop-downs wherever the answer is one of a fixed list, and a
 * 填写说明 sheet. Small and fixed in size, so the in-memory workbook is used.
 */

export interface SummaryTemplateOptions {
  /** e.g. 初级工, 中级工, 高级工, 技师 */
  levels: string[];
  /** Chinese 申报途径 names */
  routes: string[];
  /** 文化程度 choices; no drop-down when omitted */
  educations?: string[];
}

export const TEMPLATE_COLUMNS: readonly SummaryColumn[] = [
  ...SUMMARY_COLUMNS,
  ...SUMMARY_EXTRA_COLUMNS,
];
/** Rows prepared (text format, borders, drop-downs) for data: 7..1006. */
export const TEMPLATE_DATA_ROWS = 1000;
export const CERT_VERIFICATION_VALUES = ['已核查有效', '未核查', '退役士兵承诺'] as const;

const LIST_SHEET_NAME = '下拉选项';
// Excel refuses an inline list source longer than 255 characters.
const MAX_INLINE_LIST = 255;

/** exceljs 4.4 implements worksheet.dataValidations but its typings omit it. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export async function writeSummaryTemplate(
  meta: Partial<SummaryMeta>,
  options: SummaryTemplateOptions,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SUMMARY_SHEET_NAME, summarySheetOptions());
  drawSummaryHead(sheet, TEMPLATE_COLUMNS, meta);
  prepareDataRows(sheet);
  addInstructions(workbook, options);
  const lists = new ListSource(workbook);
  templateDropDowns(options).forEach(({ key, values }) => {
    if (values.length > 0) addDropDown(sheet, key, lists.formula(values));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Pure: which columns get a drop-down, with which values. */
export function templateDropDowns(
  options: SummaryTemplateOptions,
): { key: SummaryField; values: readonly string[] }[] {
  const dropDowns: { key: SummaryField; values: readonly string[] }[] = [
    { key: 'gender', values: ['男', '女'] },
    { key: 'currentLevel', values: options.levels },
    { key: 'targetLevel', values: options.levels },
    { key: 'route', values: options.routes },
    { key: 'confirmed', values: ['是', '否'] },
    { key: 'nationalCertLevel', values: options.levels },
    { key: 'nationalCertVerification', values: CERT_VERIFICATION_VALUES },
  ];
  if (options.educations) dropDowns.push({ key: 'education', values: options.educations });
  return dropDowns;
}

/** Text format and borders on the data area, so a typed 18-digit ID stays exact. */
function prepareDataRows(sheet: ExcelJS.Worksheet): void {
  const last = SUMMARY_FIRST_DATA_ROW + TEMPLATE_DATA_ROWS - 1;
  for (let r = SUMMARY_FIRST_DATA_ROW; r <= last; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= TEMPLATE_COLUMNS.length; c++) row.getCell(c).style = SUMMARY_DATA_STYLE;
  }
}

function addDropDown(sheet: ExcelJS.Worksheet, key: SummaryField, formula: string): void {
  const letter = columnLetter(TEMPLATE_COLUMNS.findIndex((col) => col.key === key));
  const last = SUMMARY_FIRST_DATA_ROW + TEMPLATE_DATA_ROWS - 1;
  const validations = (sheet as unknown as RangeValidations).dataValidations;
  validations.add(`${letter}${SUMMARY_FIRST_DATA_ROW}:${letter}${last}`, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '输入有误',
    error: '请从下拉列表中选择',
  });
}

/**
 * Short lists go inline ("男,女"); a list too long for Excel's inline limit, or with a comma in
 * a value, goes to a hidden sheet and is referenced by range.
 */
class ListSource {
  private sheet?: ExcelJS.Worksheet;
  private columns = 0;

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  formula(values: readonly string[]): string {
    const inline = `"${values.join(',')}"`;
    const safe = values.every((value) => !/[,"]/.test(value));
    if (safe && inline.length <= MAX_INLINE_LIST) return inline;
    const sheet = (this.sheet ??= this.workbook.addWorksheet(LIST_SHEET_NAME, { state: 'hidden' }));
    const letter = columnLetter(this.columns++);
    values.forEach((value, i) => {
      sheet.getCell(`${letter}${i + 1}`).value = value;
    });
    return `'${LIST_SHEET_NAME}'!$${letter}$1:$${letter}$${values.length}`;
  }
}

function addInstructions(workbook: ExcelJS.Workbook, options: SummaryTemplateOptions): void {
  const sheet = workbook.addWorksheet('填写说明');
  sheet.getColumn(1).width = 110;
  summaryTemplateInstructions(options).forEach((line, i) => {
    const cell = sheet.getCell(`A${i + 1}`);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.font = { name: '宋体', size: i === 0 ? 14 : 11, bold: i === 0 };
  });
}

/** Pure: the lines of the 填写说明 sheet. */
export function summaryTemplateInstructions(options: SummaryTemplateOptions): string[] {
  return [
    '填写说明',
    '1. 第 1–6 行为标题和表头，请勿修改、删除、移动或插入列；从第 7 行起每行填写一名申报人员，不要合并单元格。',
    '2. A–L 列与通知附件 2《申报汇总表》一致；M–S 列为报名导入所需的补充信息，导入时一并读取。',
    '3. 按报考同职业（工种）人员的不同级别顺序填写。',
    '4. 身份证号、证书编号请按文本填写（数据区已设为文本格式）；从其他表格复制时请用“选择性粘贴—数值”，不要粘贴公式，公式单元格将被拒绝。',
    '5. 日期填写为 YYYY-MM-DD（如 2005-07-01）或 YYYY.MM（如 2005.07）；出生年月可只填年月。',
    '6. 没有现职业等级的人员，“现职业等级情况”的职种、等级、获证时间三列留空。',
    `7. 等级、国家证书等级可选：${options.levels.join('、')}。`,
    `8. 申报途径可选：${options.routes.join('、')}；是否已转正填“是”或“否”。`,
    `9. 证书核查结果可选：${CERT_VERIFICATION_VALUES.join('、')}；从事本工种年限填整数年数。`,
    '10. 隐藏的行同样会被导入，不需要的行请删除而不是隐藏；空行将被跳过。',
    '11. 每个文件最多 10000 行数据；任何一行有错误时整个文件都不会导入，请按提示修改后重新上传。',
  ];
}
