import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DISCREPANCY_HEADERS, type DiscrepancyListRow } from '../excel/discrepancy-list.xlsx';
import { headerCell, pageFooter } from './pdf-parts';

/** One exam room's score sheet: the roster in seat order, the final marks where known. */
export interface ScoreSheetPdfView {
  title: string;
  lines: string[];
  rows: { seat: number; ticketNumber: string; name: string; mark: string; note: string }[];
}

export function buildScoreSheetDoc(sheet: ScoreSheetPdfView): TDocumentDefinitions {
  const body: TableCell[][] = [
    ['座位号', '准考证号', '姓名', '成绩', '备注'].map((t) => headerCell(t)),
    ...sheet.rows.map((r): TableCell[] => [
      { text: String(r.seat), alignment: 'center' },
      { text: r.ticketNumber, alignment: 'center' },
      { text: r.name, alignment: 'center' },
      { text: r.mark, alignment: 'center' },
      r.note,
    ]),
  ];
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    info: { title: sheet.title },
    defaultStyle: { fontSize: 10 },
    footer: pageFooter,
    content: [
      { text: sheet.title, fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      ...sheet.lines.map((text): Content => ({ text, margin: [0, 0, 0, 2] })),
      {
        margin: [0, 8, 0, 0],
        table: { headerRows: 1, dontBreakRows: true, widths: [40, 90, 70, 70, '*'], body },
      },
      {
        margin: [0, 24, 0, 0],
        columns: ['评分员（签名）：', '复核人（签名）：', '日期：'].map((text) => ({ text })),
      },
    ],
  };
}

/** The discrepancy list (双录入差异清单): both entries, the decided mark and its note. */
export function buildDiscrepancyListDoc(
  title: string,
  rows: DiscrepancyListRow[],
): TDocumentDefinitions {
  const body: TableCell[][] = [
    DISCREPANCY_HEADERS.map((t) => headerCell(t)),
    ...rows.map((r): TableCell[] => [
      r.sitting,
      r.examRoom,
      { text: String(r.seat), alignment: 'center' },
      r.ticketNumber,
      r.name,
      r.first,
      r.second,
      r.decided,
      r.note,
      r.decidedBy,
    ]),
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 28, 28, 36],
    info: { title },
    defaultStyle: { fontSize: 9 },
    footer: pageFooter,
    content: [
      { text: title, fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      rows.length
        ? {
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: [90, 50, 30, 70, 45, 60, 60, 60, '*', 45],
              body,
            },
          }
        : { text: '没有差异。' },
    ],
  };
}
