/**
 * Column model of 附件2 (《大连市机关事业单位工勤技能人员技术等级晋升考核申报汇总表》) and of the
 * import template, which appends the fields registration needs beyond 附件2. Writer, template and
 * reader all lay out and check columns from these constants, so they cannot drift apart.
 */

export type SummaryField =
  | 'seq'
  | 'name'
  | 'gender'
  | 'birthMonth'
  | 'idNumber'
  | 'education'
  | 'workStartDate'
  | 'currentOccupation'
  | 'currentLevel'
  | 'currentCertDate'
  | 'targetOccupation'
  | 'targetLevel'
  | 'route'
  | 'confirmed'
  | 'professionalTitle'
  | 'yearsInOccupation'
  | 'nationalCertLevel'
  | 'nationalCertNumber'
  | 'nationalCertVerification';

export interface SummaryColumn {
  key: SummaryField;
  /** Text of the column's own header cell (row 6 under a group, rows 5–6 merged otherwise). */
  header: string;
  /** Row-5 group header spanning several columns, e.g. 现职业等级情况. */
  group?: string;
  /** How import errors name the column: '身份证号', '现职业等级情况/获证时间'. */
  label: string;
  /** Width in characters. */
  width: number;
}

const CURRENT = '现职业等级情况';
const TARGET = '申报职业等级情况';
export const SUMMARY_EXTRA_GROUP = '补充信息（导入用）';

function column(key: SummaryField, header: string, width: number, group?: string): SummaryColumn {
  const label = group && group !== SUMMARY_EXTRA_GROUP ? `${group}/${header}` : header;
  return group ? { key, header, group, label, width } : { key, header, label, width };
}

/** Columns A–L, exactly as the notice's 附件2. */
export const SUMMARY_COLUMNS: readonly SummaryColumn[] = Object.freeze([
  column('seq', '序号', 6),
  column('name', '姓名', 10),
  column('gender', '性别', 6),
  column('birthMonth', '出生年月', 10),
  column('idNumber', '身份证号', 22),
  column('education', '文化程度', 10),
  column('workStartDate', '参加工作时间', 13),
  column('currentOccupation', '职种', 13, CURRENT),
  column('currentLevel', '等级', 8, CURRENT),
  column('currentCertDate', '获证时间', 12, CURRENT),
  column('targetOccupation', '职种', 13, TARGET),
  // Wide enough for 技师（免考复核认定） on two lines (二(九) is marked in this cell).
  column('targetLevel', '等级', 12, TARGET),
]);

/** Columns M–S of the import template: what the registration import needs beyond 附件2. */
export const SUMMARY_EXTRA_COLUMNS: readonly SummaryColumn[] = Object.freeze([
  column('route', '申报途径', 16, SUMMARY_EXTRA_GROUP),
  column('confirmed', '是否已转正', 10, SUMMARY_EXTRA_GROUP),
  column('professionalTitle', '专业技术职务', 14, SUMMARY_EXTRA_GROUP),
  column('yearsInOccupation', '从事本工种年限', 14, SUMMARY_EXTRA_GROUP),
  column('nationalCertLevel', '国家证书等级', 12, SUMMARY_EXTRA_GROUP),
  column('nationalCertNumber', '国家证书编号', 22, SUMMARY_EXTRA_GROUP),
  column('nationalCertVerification', '证书核查结果', 16, SUMMARY_EXTRA_GROUP),
]);

export const SUMMARY_SHEET_NAME = '申报汇总表';
export const SUMMARY_TITLE = '大连市机关事业单位工勤技能人员技术等级晋升考核申报汇总表';
/** Rows 1–4 hold title, 主管部门, 填报人, 联系电话; the two header rows follow. */
export const SUMMARY_HEADER_ROW = 5;
export const SUMMARY_FIRST_DATA_ROW = SUMMARY_HEADER_ROW + 2;

// Checklist #25: what a spreadsheet may read as the start of a formula (or DDE payload).
const FORMULA_TRIGGER = /^[=+\-@\t\r\0]/;
const ESCAPED_TRIGGER = /^'[=+\-@\t\r\0]/;

/**
 * Prefixes a text that Excel, WPS or a CSV consumer could evaluate with `'`, so it stays text
 * even when a user re-edits the cell (checklist #25). A lone '-' (an empty date) counts too.
 */
export function safeCellText(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/**
 * Inverse of safeCellText for re-imported exports. Excel keeps a typed leading `'` out of the
 * value (it becomes the cell's quote prefix), so a literal one in front of a trigger character
 * can only come from our own escaping.
 */
export function restoreCellText(text: string): string {
  return ESCAPED_TRIGGER.test(text) ? text.slice(1) : text;
}
