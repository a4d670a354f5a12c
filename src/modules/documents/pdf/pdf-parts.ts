import type { Content, DynamicContent, TableCell } from 'pdfmake/interfaces';
import { EXEMPT_REVIEW_MARK } from '../../registrations/domain/summary-row';

/** "第 N 页 共 M 页", centred under every page (the total is known because pdfmake lays out first). */
export const pageFooter: DynamicContent = (currentPage: number, pageCount: number): Content => ({
  text: `第 ${currentPage} 页 共 ${pageCount} 页`,
  alignment: 'center',
  fontSize: 9,
  margin: [0, 10, 0, 0],
});

/** A bold, centred header cell. */
export function headerCell(text: string, span: { colSpan?: number } = {}): TableCell {
  return { text, bold: true, alignment: 'center', ...span };
}

/**
 * A one-line header cell spanning two one-line header rows, pushed down by half a row.
 * Not verticalAlignment: 'middle', which pdfmake 0.3.11 misplaces (at the bottom) for
 * rowSpan cells when the table has dontBreakRows. Half a row at 9 pt: (13 line + 4 padding + 1 rule) / 2.
 */
export function twoRowHeaderCell(text: string): TableCell {
  return { text, bold: true, alignment: 'center', rowSpan: 2, margin: [0, 9, 0, 0] };
}

/**
 * A level cell: 技师, or for a 免考复核认定 candidate (二(九)) 技师 with （免考复核认定） in
 * smaller type on the next line, so the mark fits a narrow column without another column.
 */
export function levelCell(level: string, exemptReview = false): TableCell {
  return exemptReview ? { text: [level, { text: `\n${EXEMPT_REVIEW_MARK}`, fontSize: 7 }] } : level;
}
