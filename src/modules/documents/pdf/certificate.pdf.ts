import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { LEVEL_NAMES, type Level } from '../../exam-sessions/domain/session-rules';
import { ROUTE_NAMES } from '../../certificates/domain/pass-list';
import {
  DIRECT_PARTS,
  renderSlotPages,
  slotPage,
  type LayoutOnceStats,
  type PageParts,
} from './layout-once';
import { type PdfFinish, registerTableLayouts } from './pdf-renderer';
import { qrImage } from './qr-code';
import { run, type TextStyle } from './text-lines';

/**
 * What a 合格证明 prints: plain data (structured-clone safe, it crosses into the document
 * worker). The holder's own certificate shows the full ID number.
 */
export interface CertificateView {
  examYear: number;
  /** 证书编号 */
  number: string;
  name: string;
  /** 男 / 女 */
  gender: string;
  /** Full 18-character ID number */
  idNumber: string;
  unitName: string;
  /** 主管部门 */
  departmentName: string;
  /** 职业（工种） */
  occupation: string;
  level: Level;
  /** 考试, or 免考复核认定 (二(九)) */
  route: 'exam' | 'exempt-review';
  /** 发证日期 YYYY-MM-DD */
  issueDate: string;
  /** 发证机关, e.g. 大连市人力资源和社会保障局 */
  issuer: string;
  /** The QR code's text: the signed verification link. */
  qrText: string;
  /** The public verification page printed under the code, for typing by hand. */
  verifyUrl: string;
  /** The number of the certificate this one replaces (补发), if any. */
  reissueOf?: string | null;
}

/** 2025年度大连市机关事业单位工勤技能人员技术等级晋升考核合格证明 */
export const certificateTitle = (year: number) =>
  `${year}年度大连市机关事业单位工勤技能人员技术等级晋升考核合格证明`;

/** 2025-10-15 → 2025年10月15日 */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`日期格式应为 YYYY-MM-DD：${date}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 72;
/** About 30 mm: a version-14 code (the signed link) keeps modules near 0.4 mm. */
const QR_SIZE = Math.round(32 * MM);

/**
 * The styles of the texts below, as text-lines measures them: each text that is measured to
 * fit its line goes to pdfmake as one run, not one glyph at a time (issue 12; as on tickets).
 * `certificate.pdf.spec.ts` compares the pages with the ones pdfmake lays out by itself.
 */
const S = {
  number: { fontSize: 10 },
  titleTop: { fontSize: 17, bold: true },
  title: { fontSize: 26, bold: true, characterSpacing: 3 },
  label: { fontSize: 12, bold: true },
  value: { fontSize: 13 },
  name: { fontSize: 15, bold: true },
  statement: { fontSize: 13, preserveLeadingSpaces: true },
  authority: { fontSize: 13 },
  qrCaption: { fontSize: 9 },
  url: { fontSize: 6.5 },
  reissue: { fontSize: 10 },
} satisfies Record<string, TextStyle>;

/** Lower bounds of the room each text has on its line, in points. */
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const INSET = 24;
const TEXT_WIDTH = CONTENT_WIDTH - 2 * INSET;
const LABEL_WIDTH = 110;
/** A table cell has 4 points of padding on each side. */
const CELL_PADDING = 8;
const VALUE_WIDTH = TEXT_WIDTH - LABEL_WIDTH - 2 * CELL_PADDING - 2;
const QR_COLUMN = QR_SIZE + 20;
const COLUMN_GAP = 16;
const AUTHORITY_WIDTH = TEXT_WIDTH - QR_COLUMN - COLUMN_GAP;

/** A double rule around every page, drawn behind the content. */
function border(): Content {
  const outer = 10 * MM;
  const inner = outer + 4;
  const rect = (inset: number, lineWidth: number) => ({
    type: 'rect' as const,
    x: inset,
    y: inset,
    w: PAGE.width - 2 * inset,
    h: PAGE.height - 2 * inset,
    lineWidth,
    lineColor: '#8b1a1a',
  });
  return { canvas: [rect(outer, 2), rect(inner, 0.6)] };
}

/** The fields' rules and padding (named, so that a page is plain data: layout-once.ts). */
registerTableLayouts({
  certificateFields: {
    hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
    vLineWidth: () => 0,
    hLineColor: () => '#999999',
    paddingTop: () => 8,
    paddingBottom: () => 6,
  },
});

/** A label and the holder's value (a part of the page that varies: layout-once.ts). */
function field(
  p: PageParts,
  label: string,
  value: string,
  extra: Partial<TableCell> = {},
  style: TextStyle = S.value,
): TableCell[] {
  return [
    { ...run(label, S.label, LABEL_WIDTH - CELL_PADDING), style: 'label' },
    { ...p.run(value, style, VALUE_WIDTH), style: 'value', ...extra } as TableCell,
  ];
}

function fields(v: CertificateView, p: PageParts): Content {
  return {
    table: {
      widths: [LABEL_WIDTH, '*'],
      body: [
        field(p, '姓\u3000\u3000名', v.name, { style: ['value', 'name'] }, S.name),
        field(p, '性\u3000\u3000别', v.gender),
        field(
          p,
          '身份证号',
          v.idNumber,
          { characterSpacing: 0.5 },
          { ...S.value, characterSpacing: 0.5 },
        ),
        field(p, '单\u3000\u3000位', v.unitName),
        field(p, '主管部门', v.departmentName),
        field(p, '职业（工种）', v.occupation),
        field(p, '等\u3000\u3000级', LEVEL_NAMES[v.level]),
        field(p, '取得方式', ROUTE_NAMES[v.route]),
      ],
    },
    layout: 'certificateFields',
    margin: [INSET, 0, INSET, 0],
  };
}

function statement(v: CertificateView): string {
  return (
    `\u3000\u3000${v.name}同志参加${v.examYear}年度大连市机关事业单位工勤技能人员技术等级晋升考核，` +
    `取得${v.occupation}${LEVEL_NAMES[v.level]}技术等级，经考核合格，特发此证明。`
  );
}

/** The QR code with its caption on the left; the authority and the date on the right. */
function footer(v: CertificateView, p: PageParts): Content {
  return {
    columns: [
      {
        width: QR_COLUMN,
        stack: [
          { ...qr(v.qrText, p), alignment: 'center' },
          { ...run('扫码验证', S.qrCaption, QR_COLUMN), style: 'qrCaption' },
        ],
      },
      {
        width: '*',
        stack: [
          { ...p.run(`发证机关：${v.issuer}`, S.authority, AUTHORITY_WIDTH), style: 'authority' },
          {
            ...p.run(`发证日期：${chineseDate(v.issueDate)}`, S.authority, AUTHORITY_WIDTH),
            style: 'authority',
          },
          ...(v.reissueOf
            ? [
                {
                  ...p.run(
                    `本证明补发，原证书编号 ${v.reissueOf} 作废。`,
                    S.reissue,
                    AUTHORITY_WIDTH,
                  ),
                  style: 'reissue',
                },
              ]
            : []),
        ],
        margin: [0, QR_SIZE / 2 - 16, 0, 0],
      },
    ],
    columnGap: COLUMN_GAP,
    margin: [INSET, 32, INSET, 0],
  };
}

function qr(text: string, p: PageParts) {
  const image = qrImage(text, QR_SIZE, 'M');
  return { ...image, image: p.image(image.image) };
}

/** One certificate page; the holder's values and code are `parts` of it (layout-once.ts). */
export function buildCertificatePage(
  v: CertificateView,
  parts: PageParts = DIRECT_PARTS,
): Content[] {
  const p = parts;
  return [
    {
      ...p.run(`证书编号：${v.number}`, S.number, CONTENT_WIDTH),
      style: 'number',
      absolutePosition: { x: MARGIN, y: 60 },
    },
    {
      ...run(`${v.examYear}年度大连市机关事业单位工勤技能人员`, S.titleTop, CONTENT_WIDTH),
      style: 'titleTop',
    },
    { ...run('技术等级晋升考核合格证明', S.title, CONTENT_WIDTH), style: 'title' },
    fields(v, p),
    { ...p.paragraph(statement(v), S.statement, TEXT_WIDTH), style: 'statement' },
    footer(v, p),
    { ...p.run(`验证网址：${v.verifyUrl}`, S.url, TEXT_WIDTH), style: 'url' },
  ];
}

/** One page per certificate (a department's batch is one document). */
export function buildCertificatesDoc(views: CertificateView[]): TDocumentDefinitions {
  if (views.length === 0) throw new Error('没有可生成的合格证明');
  const content: Content[] = views.map((v, i) =>
    i === 0
      ? { stack: buildCertificatePage(v) }
      : { stack: buildCertificatePage(v), pageBreak: 'before' },
  );
  return { ...certificatesShell(views), background: border, content };
}

/** The document's settings without its pages; the border as data (layout-once.ts keys it). */
function certificatesShell(views: CertificateView[]): Omit<TDocumentDefinitions, 'content'> {
  const first = views[0];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN, 108, MARGIN, 40],
    info: {
      title:
        views.length === 1
          ? `${certificateTitle(first.examYear)}（${first.name}）`
          : certificateTitle(first.examYear),
    },
    background: border(),
    defaultStyle: { fontSize: 12 },
    styles: {
      number: { fontSize: 10, color: '#333333' },
      titleTop: { fontSize: 17, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      title: {
        fontSize: 26,
        bold: true,
        alignment: 'center',
        characterSpacing: 3,
        margin: [0, 0, 0, 36],
      },
      label: { bold: true, alignment: 'justify', color: '#222222' },
      value: { fontSize: 13 },
      name: { fontSize: 15, bold: true },
      statement: {
        fontSize: 13,
        lineHeight: 1.7,
        preserveLeadingSpaces: true,
        margin: [INSET, 30, INSET, 0],
      },
      authority: { fontSize: 13, alignment: 'right', margin: [0, 0, 0, 8] },
      qrCaption: { fontSize: 9, alignment: 'center', margin: [0, 3, 0, 0] },
      url: { fontSize: 6.5, color: '#555555', margin: [INSET, 10, INSET, 0] },
      reissue: { fontSize: 10, color: '#8b1a1a', alignment: 'right', margin: [0, 6, 0, 0] },
    },
  };
}

/**
 * `finish` may add to the document before it is written, e.g. the signature's placeholder.
 * Each page is laid out once per shape and filled in (layout-once.ts).
 */
export function renderCertificatesPdf(
  views: CertificateView[],
  finish?: PdfFinish,
  stats?: LayoutOnceStats,
): Promise<Buffer> {
  if (views.length === 0) throw new Error('没有可生成的合格证明');
  const pages = views.map((v) => slotPage((parts) => ({ stack: buildCertificatePage(v, parts) })));
  return renderSlotPages(certificatesShell(views), pages, { stats, finish });
}
