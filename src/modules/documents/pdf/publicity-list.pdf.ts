import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { EXEMPT_REVIEW_MARK } from '../../registrations/domain/summary-row';
import { headerCell, levelCell, pageFooter } from './pdf-parts';
import { formatChineseDate } from './ticket-format';

/** One person on the unit's 5-working-day publicity list (notice 三(二)2). */
export interface PublicityRow {
  seq: number;
  name: string;
  gender: string;
  /** Already masked by the caller, e.g. 2102**********123X; a full number is refused. */
  maskedIdNumber: string;
  unitName: string;
  targetOccupation: string;
  targetLevel: string;
  /** 免考复核认定 (二(九)): marked under the level */
  exemptReview?: boolean;
  /** Chinese route name */
  route: string;
}

export interface PublicityMeta {
  /** e.g. 2025年度 */
  sessionTitle: string;
  unitName: string;
  departmentName: string;
  /** YYYY-MM-DD; printed as 2025年7月1日 */
  startDate: string;
  endDate: string;
  workingDays: number;
  /** Who takes objections; missing ones print as blanks to fill in by hand. */
  contactPerson?: string | null;
  contactPhone?: string | null;
}

export const PUBLICITY_HEADERS = [
  '序号',
  '姓名',
  '性别',
  '身份证号（部分隐藏）',
  '单位',
  '申报职种',
  '申报等级',
  '申报途径',
];

const BLANK = '\u3000'.repeat(6);

/**
 * A full ID number anywhere in the value, even with spaces inside (security-checklist #9).
 * Broader than /^\d{17}[\dXx]$/ on purpose, and the 15-digit first-generation number counts too.
 */
const FULL_ID = /\d{17}[\dXx]|^\d{15}$/;

/** A publicity list is posted where anyone can read it: never print a complete ID number. */
export function assertMasked(rows: PublicityRow[]): void {
  for (const row of rows) {
    if (FULL_ID.test(row.maskedIdNumber.replace(/\s/g, ''))) {
      throw new Error(`公示名单第 ${row.seq} 行的身份证号未隐藏，拒绝生成`);
    }
  }
}

function bodyRow(row: PublicityRow): TableCell[] {
  return [
    String(row.seq),
    row.name,
    row.gender,
    row.maskedIdNumber,
    row.unitName,
    row.targetOccupation,
    levelCell(row.targetLevel, row.exemptReview),
    row.route,
  ];
}

function intro(meta: PublicityMeta, count: number): string {
  return (
    `根据${meta.sessionTitle}大连市机关事业单位工勤技能人员技术等级晋升考核工作要求，` +
    `经本人申请、单位资格审核，现将以下 ${count} 名申报人员予以公示。` +
    `公示时间为${formatChineseDate(meta.startDate)}至${formatChineseDate(meta.endDate)}` +
    `（${meta.workingDays} 个工作日）。公示期间，如对公示人员有异议，请向${meta.unitName}反映。`
  );
}

/** 异议受理 line: the unit, its contact person and phone (blanks when not given). */
export function contactLine(meta: PublicityMeta): string {
  return (
    `异议受理单位：${meta.unitName}\u3000\u3000联系人：${meta.contactPerson || BLANK}` +
    `\u3000\u3000联系电话：${meta.contactPhone || BLANK}`
  );
}

function table(rows: PublicityRow[]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [20, 38, 20, 92, '*', 62, 60, 62],
      body: [PUBLICITY_HEADERS.map((text) => headerCell(text)), ...rows.map(bodyRow)],
    },
    style: 'table',
    layout: { fillColor: (rowIndex) => (rowIndex === 0 ? '#eeeeee' : null) },
  };
}

function notes(rows: PublicityRow[]): Content[] {
  if (!rows.some((r) => r.exemptReview)) return [];
  return [
    {
      text: `注：申报等级下注“${EXEMPT_REVIEW_MARK}”者，依通知二(九)以国家认可的职业资格（技能等级）证书免考申报相应技术等级复核认定。`,
      style: 'note',
    },
  ];
}

/**
 * The unit's publicity list as a pdfmake definition (A4 portrait), rows in the caller's
 * order. Throws when any maskedIdNumber is in fact a full ID number.
 */
export function buildPublicityListDoc(
  rows: PublicityRow[],
  meta: PublicityMeta,
): TDocumentDefinitions {
  assertMasked(rows);
  const title = `${meta.sessionTitle}工勤技能人员技术等级晋升考核申报人员公示`;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 44],
    info: { title },
    defaultStyle: { fontSize: 9 },
    footer: pageFooter,
    content: [
      { text: title, style: 'title' },
      { text: intro(meta, rows.length), style: 'intro' },
      { text: contactLine(meta), style: 'contact' },
      { text: `单位：${meta.unitName}\u3000\u3000主管部门：${meta.departmentName}`, style: 'meta' },
      table(rows),
      ...notes(rows),
      { text: meta.unitName, style: 'closing', margin: [0, 24, 0, 0] },
      { text: formatChineseDate(meta.startDate), style: 'closing' },
    ],
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
      intro: { fontSize: 11, lineHeight: 1.5, leadingIndent: 22, margin: [0, 0, 0, 4] },
      contact: { fontSize: 11, lineHeight: 1.5, leadingIndent: 22, margin: [0, 0, 0, 8] },
      meta: { fontSize: 10, margin: [0, 0, 0, 6] },
      table: { alignment: 'center' },
      note: { fontSize: 9, margin: [0, 6, 0, 0] },
      closing: { fontSize: 11, alignment: 'right' },
    },
  };
}
