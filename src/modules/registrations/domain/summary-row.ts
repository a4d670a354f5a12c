/**
 * One row of 附件2 (大连市机关事业单位工勤技能人员技术等级晋升考核申报汇总表)
 * as documents show it: Chinese level names, dates as text.
 */
export interface SummaryRow {
  seq: number;
  name: string;
  /** 男 | 女 */
  gender: string;
  /** 出生年月 YYYY-MM */
  birthMonth: string;
  /** 身份证号: full for the center's 附件2, masked elsewhere */
  idNumber: string;
  /** 文化程度 */
  education: string;
  /** 参加工作时间 YYYY-MM-DD */
  workStartDate: string;
  /** 现职业等级情况: 职种, 等级 (初级工…), 获证时间; empty for someone without a level */
  currentOccupation: string | null;
  currentLevel: string | null;
  currentCertDate: string | null;
  /** 申报职业等级情况: 职种, 等级 */
  targetOccupation: string;
  targetLevel: string;
  /** 免考复核认定 (二(九)): marked in the 等级 cell, the column layout unchanged */
  exemptReview?: boolean;
}

/** What follows the level of a 免考复核认定 candidate (二(九)) wherever the level is printed. */
export const EXEMPT_REVIEW_MARK = '（免考复核认定）';

/** 技师 or 技师（免考复核认定）: the 申报职业等级情况/等级 cell of 附件2 and of the publicity list. */
export function targetLevelText(row: { targetLevel: string; exemptReview?: boolean }): string {
  return row.exemptReview ? `${row.targetLevel}${EXEMPT_REVIEW_MARK}` : row.targetLevel;
}

/** The lines above the table of 附件2. */
export interface SummaryMeta {
  /** e.g. 大连市机关事业单位工勤技能人员技术等级晋升考核申报汇总表 */
  title: string;
  /** 主管部门 */
  departmentName: string;
  /** 单位 (when the table is one unit's) */
  unitName?: string;
  /** 填报人 */
  filler?: string;
  /** 联系电话 */
  phone?: string;
  /** e.g. 2025年度 */
  sessionTitle?: string;
}
