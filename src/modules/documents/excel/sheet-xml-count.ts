/**
 * Counts `<row>` and `<c>` elements of worksheet XML while it is inflated, so a sheet that would
 * make exceljs build a million rows is refused before exceljs sees it (checklist row 27: a 65 KB
 * file with 1,000,000 one-cell rows took the heap from 170 MB to 1.3 GB). Declared sizes and the
 * `<dimension>` element can lie; counting the elements themselves cannot.
 */

/** The worksheet parts exceljs loads (the same unanchored pattern its reader matches). */
export const WORKSHEET_PART = /xl\/worksheets\/sheet\d+[.]xml/;

// Element names with an optional namespace prefix; `<rowBreaks>`, `<col>`, `<cfRule>` do not match.
const ROW = /<(?:[A-Za-z_][\w.-]{0,15}:)?row[\s/>]/g;
const CELL = /<(?:[A-Za-z_][\w.-]{0,15}:)?c[\s/>]/g;
// Longer than the longest match, so an element split across two chunks is counted once.
const CARRY_CHARS = 24;

export interface SheetCounts {
  rows: number;
  cells: number;
}

/**
 * A counter fed the entry's chunks in order. A match is counted in the chunk where it ends:
 * one lying wholly inside the carried tail was counted with the previous chunk.
 */
export function createSheetCounter(): (chunk: Buffer) => SheetCounts {
  let carry = '';
  const counts: SheetCounts = { rows: 0, cells: 0 };
  const countIn = (text: string, pattern: RegExp, from: number): number => {
    let n = 0;
    for (const m of text.matchAll(pattern)) if (m.index + m[0].length > from) n++;
    return n;
  };
  return (chunk) => {
    const text = carry + chunk.toString('latin1');
    counts.rows += countIn(text, ROW, carry.length);
    counts.cells += countIn(text, CELL, carry.length);
    carry = text.slice(-CARRY_CHARS);
    return counts;
  };
}
