import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { headerCell, pageFooter } from './pdf-parts';
import { formatChineseDate } from './ticket-format';

/** One person on 《…合格人员名单》, as printed (the caller masks the public edition). */
export interface PassListPdfRow {
  seq: number;
  name: string;
  gender: string;
  idNumber: string;
  unitName: string;
  occupation: string;
  levelName: string;
  routeName: string;
  number: string | null;
}

export interface PassListPdfGroup {
  departmentName: string;
  rows: PassListPdfRow[];
  /** Set on the later pieces of a department split across parts: printed as （续）. */
  continued?: boolean;
  /** The department's whole count when this group is one piece of it. */
  departmentTotal?: number;
}

/** One of the parts a long list is rendered in: each part is one worker task. */
export interface PassListPdfPart {
  index: number;
  of: number;
  /** Pages of the parts before this one, for the page numbers. */
  pageOffset: number;
  /** People on the whole list. */
  total: number;
}

/**
 * Rows per rendered part. pdfmake holds a whole document's layout in memory: the 16,000 rows of a
 * season's list exceeded a document worker's heap (DOCUMENT_TOO_LARGE, issue 12), so a long list
 * is rendered in parts of about 70 pages and joined.
 */
export const PASS_LIST_PART_ROWS = 2000;

/**
 * Splits the list into parts of at most `maxRows` rows at department boundaries; a department
 * longer than that is cut into pieces, the later ones marked （续）.
 */
export function passListParts(
  groups: PassListPdfGroup[],
  maxRows = PASS_LIST_PART_ROWS,
): PassListPdfGroup[][] {
  const parts: PassListPdfGroup[][] = [];
  let part: PassListPdfGroup[] = [];
  let rows = 0;
  const close = () => {
    if (part.length) parts.push(part);
    part = [];
    rows = 0;
  };
  for (const g of groups) {
    // A department that fits a part of its own is not cut: it starts the next part.
    if (rows > 0 && rows + g.rows.length > maxRows && g.rows.length <= maxRows) close();
    let i = 0;
    do {
      if (rows >= maxRows) close();
      const piece = g.rows.slice(i, i + maxRows - rows);
      part.push({
        departmentName: g.departmentName,
        rows: piece,
        ...(i > 0 ? { continued: true } : {}),
        ...(piece.length < g.rows.length ? { departmentTotal: g.rows.length } : {}),
      });
      rows += piece.length;
      i += piece.length;
    } while (i < g.rows.length);
  }
  close();
  return parts.length ? parts : [[]];
}

export interface PassListPdfMeta {
  examYear: number;
  edition: 'internal' | 'public' | 'preview';
  issuer: string;
  /** YYYY-MM-DD */
  date: string;
}

export const passListTitle = (year: number) =>
  `${year}年度大连市机关事业单位工勤技能人员技师及以下技术等级晋升考核合格人员名单`;

const FULL_ID = /\d{17}[\dXx]/;

/** The page number of a part: as pdf-parts' footer, without the total. */
const pageNumber = (n: number): Content => ({
  text: `第 ${n} 页`,
  alignment: 'center',
  fontSize: 9,
  margin: [0, 10, 0, 0],
});

/** The public edition never carries a complete ID number (security-checklist #9). */
function assertPublicMasked(groups: PassListPdfGroup[]): void {
  for (const g of groups)
    for (const r of g.rows)
      if (FULL_ID.test(r.idNumber.replace(/\s/g, '')))
        throw new Error(`公示版名单第 ${r.seq} 行的身份证号未隐藏，拒绝生成`);
}

function columns(edition: PassListPdfMeta['edition']) {
  const headers = ['序号', '姓名', '性别', '身份证号', '单位', '职业（工种）', '等级', '取得方式'];
  const widths: (number | string)[] = [26, 44, 22, 100, '*', 72, 36, 56];
  if (edition !== 'public') {
    headers.push('证书编号');
    widths.push(72);
  }
  return { headers, widths };
}

function bodyRow(r: PassListPdfRow, edition: PassListPdfMeta['edition']): TableCell[] {
  const cells: TableCell[] = [
    String(r.seq),
    r.name,
    r.gender,
    r.idNumber,
    r.unitName,
    r.occupation,
    r.levelName,
    r.routeName,
  ];
  if (edition !== 'public') cells.push(r.number ?? '—');
  return cells;
}

/**
 * 《…合格人员名单》 as a pdfmake definition (A4 landscape): a table per department, in the
 * caller's order (domain/pass-list.ts), numbered over the whole list. The public edition
 * leaves out the certificate numbers and refuses an unmasked ID number; the internal one
 * carries both; a preview (before publishing) says so in its title.
 */
export function buildPassListDoc(
  groups: PassListPdfGroup[],
  meta: PassListPdfMeta,
  part?: PassListPdfPart,
): TDocumentDefinitions {
  if (meta.edition === 'public') assertPublicMasked(groups);
  const title = passListTitle(meta.examYear);
  const total = part?.total ?? groups.reduce((n, g) => n + g.rows.length, 0);
  const first = !part || part.index === 0;
  const last = !part || part.index === part.of - 1;
  const { headers, widths } = columns(meta.edition);
  const subtitle =
    meta.edition === 'preview'
      ? '（预览：结果尚未发布，名单以发布为准）'
      : meta.edition === 'internal'
        ? '（内部版，含完整身份证号，请妥善保管）'
        : '';
  const sections: Content[] = groups.flatMap((g) => [
    {
      text: g.continued
        ? `主管部门：${g.departmentName}（续）`
        : `主管部门：${g.departmentName}（${g.departmentTotal ?? g.rows.length} 人）`,
      style: 'department',
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths,
        body: [headers.map((h) => headerCell(h)), ...g.rows.map((r) => bodyRow(r, meta.edition))],
      },
      layout: { fillColor: (rowIndex: number) => (rowIndex === 0 ? '#eeeeee' : null) },
      style: 'table',
    },
  ]);
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    info: { title },
    defaultStyle: { fontSize: 9 },
    // A list in several parts numbers its pages on from the parts before; the total is not
    // known while a part is laid out, so it is left out there.
    footer: part && part.of > 1 ? (page: number) => pageNumber(part.pageOffset + page) : pageFooter,
    content: [
      ...(first
        ? [
            { text: title, style: 'title' },
            ...(subtitle ? [{ text: subtitle, style: 'subtitle' }] : []),
            { text: `共 ${total} 人`, style: 'count' },
          ]
        : []),
      ...(total === 0 ? [{ text: '（无）', alignment: 'center' as const }] : sections),
      ...(last
        ? [
            {
              text: meta.issuer,
              style: 'closing',
              margin: [0, 24, 0, 0] as [number, number, number, number],
            },
            { text: formatChineseDate(meta.date), style: 'closing' },
          ]
        : []),
    ],
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 10, alignment: 'center', margin: [0, 0, 0, 4] },
      count: { fontSize: 10, alignment: 'right', margin: [0, 4, 0, 4] },
      department: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      table: { alignment: 'center' },
      closing: { fontSize: 11, alignment: 'right' },
    },
  };
}
