import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { LEVEL_NAMES, type Level } from '../../exam-sessions/domain/session-rules';
import { ROUTE_NAMES } from '../../certificates/domain/pass-list';
import { renderPdf } from './pdf-renderer';
import { qrImage } from './qr-code';

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

function field(label: string, value: string, extra: Partial<TableCell> = {}): TableCell[] {
  return [{ text: label, style: 'label' }, { text: value, style: 'value', ...extra } as TableCell];
}

function fields(v: CertificateView): Content {
  return {
    table: {
      widths: [110, '*'],
      body: [
        field('姓\u3000\u3000名', v.name, { style: ['value', 'name'] }),
        field('性\u3000\u3000别', v.gender),
        field('身份证号', v.idNumber, { characterSpacing: 0.5 }),
        field('单\u3000\u3000位', v.unitName),
        field('主管部门', v.departmentName),
        field('职业（工种）', v.occupation),
        field('等\u3000\u3000级', LEVEL_NAMES[v.level]),
        field('取得方式', ROUTE_NAMES[v.route]),
      ],
    },
    layout: {
      hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => '#999999',
      paddingTop: () => 8,
      paddingBottom: () => 6,
    },
    margin: [24, 0, 24, 0],
  };
}

function statement(v: CertificateView): string {
  return (
    `\u3000\u3000${v.name}同志参加${v.examYear}年度大连市机关事业单位工勤技能人员技术等级晋升考核，` +
    `取得${v.occupation}${LEVEL_NAMES[v.level]}技术等级，经考核合格，特发此证明。`
  );
}

/** The QR code with its caption on the left; the authority and the date on the right. */
function footer(v: CertificateView): Content {
  return {
    columns: [
      {
        width: QR_SIZE + 20,
        stack: [
          { ...qrImage(v.qrText, QR_SIZE, 'M'), alignment: 'center' },
          { text: '扫码验证', style: 'qrCaption' },
        ],
      },
      {
        width: '*',
        stack: [
          { text: `发证机关：${v.issuer}`, style: 'authority' },
          { text: `发证日期：${chineseDate(v.issueDate)}`, style: 'authority' },
          ...(v.reissueOf
            ? [{ text: `本证明补发，原证书编号 ${v.reissueOf} 作废。`, style: 'reissue' }]
            : []),
        ],
        margin: [0, QR_SIZE / 2 - 16, 0, 0],
      },
    ],
    columnGap: 16,
    margin: [24, 32, 24, 0],
  };
}

/** One certificate page. */
export function buildCertificatePage(v: CertificateView): Content[] {
  return [
    { text: `证书编号：${v.number}`, style: 'number', absolutePosition: { x: MARGIN, y: 60 } },
    { text: `${v.examYear}年度大连市机关事业单位工勤技能人员`, style: 'titleTop' },
    { text: '技术等级晋升考核合格证明', style: 'title' },
    fields(v),
    { text: statement(v), style: 'statement' },
    footer(v),
    { text: `验证网址：${v.verifyUrl}`, style: 'url' },
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
    background: border,
    content,
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
        margin: [24, 30, 24, 0],
      },
      authority: { fontSize: 13, alignment: 'right', margin: [0, 0, 0, 8] },
      qrCaption: { fontSize: 9, alignment: 'center', margin: [0, 3, 0, 0] },
      url: { fontSize: 6.5, color: '#555555', margin: [24, 10, 24, 0] },
      reissue: { fontSize: 10, color: '#8b1a1a', alignment: 'right', margin: [0, 6, 0, 0] },
    },
  };
}

export const renderCertificatesPdf = (views: CertificateView[]): Promise<Buffer> =>
  renderPdf(buildCertificatesDoc(views));
