import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SummaryMeta, SummaryRow } from '../../registrations/domain/summary-row';
import { headerCell, levelCell, pageFooter, twoRowHeaderCell } from './pdf-parts';

/**
 * Column widths in pt for A4 landscape with 28 pt margins (≈ 786 pt usable; pdfmake adds
 * 8 pt of padding per column). 身份证号 gets 100 pt so 18 digits stay on one line at 9 pt
 * (90 pt in Noto Sans SC, measured with pdfkit); the 申报 等级 column gets 60 pt for the
 * （免考复核认定） mark under the level; the two 职种 columns share what is left.
 */
const WIDTHS = [20, 44, 20, 40, 100, 48, 56, '*', 40, 52, '*', 60];

/** The seven cells that span both header rows: rowSpan 2, with an empty cell below each. */
const SPANNING_HEADERS = [
  '序号',
  '姓名',
  '性别',
  '出生年月',
  '身份证号',
  '文化程度',
  '参加工作时间',
];

/** The exact two-row header of 附件2. */
export function summaryHeaderRows(): TableCell[][] {
  const spanning: TableCell[] = SPANNING_HEADERS.map((text) => twoRowHeaderCell(text));
  const first: TableCell[] = [
    ...spanning,
    headerCell('现职业等级情况', { colSpan: 3 }),
    {},
    {},
    headerCell('申报职业等级情况', { colSpan: 2 }),
    {},
  ];
  const second: TableCell[] = [
    ...SPANNING_HEADERS.map((): TableCell => ({})),
    ...['职种', '等级', '获证时间', '职种', '等级'].map((text) => headerCell(text)),
  ];
  return [first, second];
}

/** One body row; a person without a current level gets three blank cells; 二(九) is marked under the level. */
function bodyRow(row: SummaryRow): TableCell[] {
  return [
    String(row.seq),
    row.name,
    row.gender,
    row.birthMonth,
    row.idNumber,
    row.education,
    row.workStartDate,
    row.currentOccupation ?? '',
    row.currentLevel ?? '',
    row.currentCertDate ?? '',
    row.targetOccupation,
    levelCell(row.targetLevel, row.exemptReview),
  ];
}

/** 主管部门 / 单位 / 填报人 and 联系电话 above the table, as on the printed form. */
function metaLines(meta: SummaryMeta): Content[] {
  const lines: Content[] = [{ text: `主管部门：${meta.departmentName}（盖章）` }];
  if (meta.unitName) lines.push({ text: `单位：${meta.unitName}` });
  lines.push({
    columns: [{ text: `填报人：${meta.filler ?? ''}` }, { text: `联系电话：${meta.phone ?? ''}` }],
  });
  return lines;
}

/**
 * 附件2 (大连市机关事业单位工勤技能人员技术等级晋升考核申报汇总表) as a pdfmake definition:
 * A4 landscape, the two header rows repeated on every page, rows in the caller's order.
 */
export function buildSummaryTableDoc(rows: SummaryRow[], meta: SummaryMeta): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 28, 28, 36],
    info: { title: meta.title },
    defaultStyle: { fontSize: 9 },
    footer: pageFooter,
    content: [
      { text: meta.title, style: 'title' },
      { stack: metaLines(meta), style: 'meta' },
      {
        table: {
          headerRows: 2,
          dontBreakRows: true,
          widths: WIDTHS,
          body: [...summaryHeaderRows(), ...rows.map(bodyRow)],
        },
        style: 'table',
        layout: { fillColor: (rowIndex) => (rowIndex < 2 ? '#eeeeee' : null) },
      },
    ],
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
      meta: { fontSize: 10, lineHeight: 1.3, margin: [0, 0, 0, 6] },
      table: { alignment: 'center' },
    },
  };
}
