import type { Content, ContentImage, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { examRoomLabel } from '../../scheduling/domain/exam-rooms';
import type { TicketSittingLine, TicketView } from '../../scheduling/domain/ticket-documents.types';
import {
  DIRECT_PARTS,
  renderSlotPages,
  slotPage,
  type LayoutOnceStats,
  type PageParts,
} from './layout-once';
import { registerTableLayouts } from './pdf-renderer';
import { formatChineseDate, formatTimeRange, formatWeekday } from './ticket-format';
import { run, textWidth, wrapLines, type TextStyle } from './text-lines';
import { photoContent, printablePhoto } from './ticket-photo';
import { qrImage } from './qr-code';

/**
 * 考生须知 for the 2025 notice: 五 says theory and practical are both written (笔试), scored out
 * of 100 with 60 to pass, and that the timetable printed on the ticket is the one that counts.
 */
export const DEFAULT_TICKET_INSTRUCTIONS: string[] = [
  '考生须凭本准考证和本人有效居民身份证参加考核，二证缺一不得入场。',
  '考核时间、地点以本准考证为准。考生应于考核开始前 30 分钟到达考场，对号入座，并将准考证和身份证放在桌面左上角，以备核验。',
  '考核开始 15 分钟后，考生不得进入考场。',
  '考生只可携带黑色签字笔、2B 铅笔、橡皮等必要文具；严禁携带手机、智能手表等电子设备及书籍资料进入考场。',
  '理论考试和实际操作考核均采取笔试形式，各项成绩实行百分制，合格分数均为 60 分。',
  '考生应自觉遵守考场纪律，服从监考人员管理；违纪违规者按有关规定处理，情节严重的取消本次考核成绩。',
  '请妥善保管本准考证，成绩公布前不得丢弃，涂改无效。',
];

/** CJK characters of the 22 pt title that fit the 515 pt text width; longer titles get two lines. */
const ONE_LINE_TITLE_CHARS = 23;

/**
 * Widths in points that text can certainly use (A4 less the page margins; table columns less
 * their padding): a text measured narrower goes to pdfmake as one run (see text-lines.ts). The
 * star columns are given a little less than they get.
 */
const PAGE_WIDTH = 595.28 - 80;
const INFO_STAR = 150;
const SITTINGS_STAR = 160;
const QR_COLUMN = 110;
const COLUMN_GAP = 16;
const INSTRUCTIONS_WIDTH = PAGE_WIDTH - QR_COLUMN - COLUMN_GAP;

/** Sizes of the named styles below, for measuring. */
const BASE = 10.5;
const S = {
  title: { fontSize: 22, bold: true },
  subtitle: { fontSize: 16, bold: true },
  issuer: { fontSize: 10 },
  label: { fontSize: BASE, bold: true },
  value: { fontSize: BASE },
  name: { fontSize: 13, bold: true },
  ticketNumber: { fontSize: 16, bold: true, characterSpacing: 1 },
  heading: { fontSize: 12, bold: true },
  sittings: { fontSize: 10 },
  sittingsBold: { fontSize: 10, bold: true },
  address: { fontSize: 8 },
  seat: { fontSize: 14, bold: true },
  qrCaption: { fontSize: 9 },
} satisfies Record<string, TextStyle>;

function title(sessionTitle: string): Content {
  if (`${sessionTitle} 准考证`.length <= ONE_LINE_TITLE_CHARS) {
    return { ...run(`${sessionTitle} 准考证`, S.title, PAGE_WIDTH), style: 'title' };
  }
  return {
    stack: [
      { ...run(sessionTitle, S.subtitle, PAGE_WIDTH), style: 'subtitle' },
      { ...run('准 考 证', S.title, PAGE_WIDTH), style: 'title' },
    ],
  };
}

/** Who issues the ticket (the session's organizer, 五), under the title; nothing if unknown. */
function issuerLine(issuer: string): Content {
  if (!issuer) return { text: '' };
  return { ...run(`签发单位：${issuer}`, S.issuer, PAGE_WIDTH), style: 'issuer' };
}

/** The tables' cells: 4 pt above and below (named, so that a page is plain data). */
registerTableLayouts({
  ticketCells: { paddingTop: () => 4, paddingBottom: () => 4 },
});

// pdfmake reads verticalAlignment from the cell itself, never from a named style.
const label = (text: string, width: number, style: TextStyle = S.label): TableCell => ({
  ...run(text, style, width),
  style: 'label',
  verticalAlignment: 'middle',
});
/** A candidate's value: a part of the page that varies (layout-once.ts). */
const wide = (
  p: PageParts,
  text: string,
  colSpan: number,
  width: number,
  style = 'value',
): TableCell => ({
  ...p.run(text, S[style as keyof typeof S], width),
  style,
  colSpan,
  verticalAlignment: 'middle',
});

/** The value cells spanning the star column and the next two (56 and 90 pt). */
const SPAN3 = INFO_STAR + 56 + 90;

/**
 * The info table's columns in points. The second is what `*` gives it: the text width less the
 * other four and each column's 8 pt of padding and 1 pt of rule. Numeric, because pdfmake widens a
 * star column for a wide value spanning it (its minimum width spread over the span), past the
 * page's margin; and a page laid out once would not know the value's width (layout-once.ts).
 */
const INFO_WIDTHS = [88, PAGE_WIDTH - (88 + 56 + 90 + 80) - 5 * 8 - 6, 56, 90, 80];

/** 7 rows: the photo spans the first five in a fifth column, as on printed tickets. */
function infoTable(t: TicketView, p: PageParts): Content {
  const content = photoContent(t.photo, t.ticketNumber);
  if ('image' in content) content.image = p.image(content.image as string);
  const photo: TableCell = { ...content, rowSpan: 5, verticalAlignment: 'middle' };
  const body: TableCell[][] = [
    [
      label('姓名', 88),
      wide(p, t.name, 1, INFO_STAR, 'name'),
      label('性别', 56),
      wide(p, t.gender, 1, 90),
      photo,
    ],
    [label('准考证号', 88), wide(p, t.ticketNumber, 3, SPAN3, 'ticketNumber'), {}, {}, {}],
    [label('身份证号', 88), wide(p, t.idNumber, 3, SPAN3), {}, {}, {}],
    [label('工作单位', 88), wide(p, t.unitName, 3, SPAN3), {}, {}, {}],
    [label('主管部门', 88), wide(p, t.departmentName, 3, SPAN3), {}, {}, {}],
    [
      label('申报职业（工种）', 88),
      wide(p, t.occupation, 1, INFO_STAR),
      label('申报等级', 56),
      wide(p, t.levelName, 2, 90 + 80),
      {},
    ],
    [label('试卷类别', 88), wide(p, t.paperCategory, 4, SPAN3 + 80), {}, {}, {}],
  ];
  return {
    table: { widths: INFO_WIDTHS, body },
    layout: 'ticketCells',
    margin: [0, 0, 0, 12],
  };
}

const SITTINGS_WIDTHS = [58, 70, 62, SITTINGS_STAR, 70, 34];

function sittingRow(s: TicketSittingLine, p: PageParts): TableCell[] {
  const middle = 'middle' as const;
  const [, w1, w2, w3, w4, w5] = SITTINGS_WIDTHS;
  const date = [
    p.run(formatChineseDate(s.date), S.sittings, w1),
    { text: `\n${formatWeekday(s.date)}`, fontSize: 9 },
  ];
  return [
    {
      ...p.run(s.componentName, S.sittingsBold, SITTINGS_WIDTHS[0]),
      bold: true,
      verticalAlignment: middle,
    },
    { text: date, verticalAlignment: middle },
    {
      ...p.run(formatTimeRange(s.startTime, s.endTime), S.sittings, w2),
      verticalAlignment: middle,
    },
    {
      stack: [
        p.run(s.venueName, S.sittings, w3),
        { ...p.run(s.venueAddress, S.address, w3), style: 'address' },
      ],
      alignment: 'left',
      verticalAlignment: middle,
    },
    {
      // The 考场号 is the RRR of the ticket number; the venue's own room name underneath.
      stack: [
        { ...p.run(examRoomLabel(s.examRoom), S.sittingsBold, w4), bold: true },
        { ...p.run(s.roomName, S.address, w4), style: 'address' },
      ],
      verticalAlignment: middle,
    },
    { ...p.run(String(s.seat), S.seat, w5), style: 'seat', verticalAlignment: middle },
  ];
}

function sittingsTable(sittings: TicketSittingLine[], p: PageParts): Content {
  const header = ['考核项目', '考核日期', '考核时间', '考点', '考场', '座位号'].map((text, i) =>
    label(text, SITTINGS_WIDTHS[i], { fontSize: 10, bold: true }),
  );
  return {
    table: {
      headerRows: 1,
      widths: [58, 70, 62, '*', 70, 34],
      body: [header, ...sittings.map((s) => sittingRow(s, p))],
    },
    layout: 'ticketCells',
    style: 'sittings',
    margin: [0, 0, 0, 12],
  };
}

/**
 * Characters of a 10 pt line beside the QR code, and how many such lines the page has room for
 * below 3 sittings (measured: 15 with a two-line title and unit name, so one to spare).
 */
const INSTRUCTION_CHARS_PER_LINE = 37;
const INSTRUCTION_LINES_AT_10PT = 14;

/** 10 pt, or 9 pt when long instructions would push the last lines onto a second page. */
export function instructionFontSize(instructions: string[]): number {
  const lines = instructions.reduce(
    (sum, line) => sum + Math.max(1, Math.ceil(line.length / INSTRUCTION_CHARS_PER_LINE)),
    0,
  );
  return lines > INSTRUCTION_LINES_AT_10PT ? 9 : 10;
}

/**
 * The numbered 考生须知 as pdfmake would wrap them, each line handed over as one run: the list's
 * items are as wide as the column less the widest number ("9. ", DocMeasure.gapSizeForList).
 * An item pdfmake would have to cut inside a word is left for it to wrap.
 */
function instructionItems(instructions: string[], fontSize: number): Content[] {
  const markers = ['9', ...instructions.map((_, i) => String(i + 1))];
  const gap = Math.max(...markers.map((m) => textWidth(`${m}. `, { fontSize })));
  return instructions.map((line) => {
    const lines = wrapLines(line, { fontSize }, INSTRUCTIONS_WIDTH - gap);
    return lines ? { text: lines.map((text) => ({ text, noWrap: true })) } : line;
  });
}

/** 考生须知 on the left, the verification QR code on the right. */
function instructionsAndQr(t: TicketView, p: PageParts): Content {
  const fontSize = instructionFontSize(t.instructions);
  return {
    columns: [
      {
        width: '*',
        stack: [
          { ...run('考生须知', S.heading, INSTRUCTIONS_WIDTH), style: 'heading' },
          { ol: instructionItems(t.instructions, fontSize), style: 'instructions', fontSize },
        ],
      },
      {
        width: QR_COLUMN,
        stack: [
          { ...qr(t.qrPayload, p), alignment: 'center' },
          { ...run('扫码核验准考证', S.qrCaption, QR_COLUMN), style: 'qrCaption' },
        ],
      },
    ],
    columnGap: COLUMN_GAP,
  };
}

function qr(payload: string, p: PageParts): ContentImage {
  const image = qrImage(payload, 90);
  return { ...image, image: p.image(image.image) };
}

/**
 * One A4 portrait page's content; fits with up to 3 sittings and 8 instruction lines. The
 * session's texts are constant; the candidate's values and images are `parts` of the page.
 */
export function buildTicketPage(t: TicketView, parts: PageParts = DIRECT_PARTS): Content[] {
  return [
    title(t.sessionTitle),
    issuerLine(t.issuer),
    infoTable(t, parts),
    { text: '考核安排', style: 'heading' },
    sittingsTable(t.sittings, parts),
    instructionsAndQr(t, parts),
  ];
}

const TICKET_STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
  issuer: { fontSize: 10, alignment: 'center', margin: [0, 0, 0, 8] },
  subtitle: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 2] },
  label: { bold: true, alignment: 'center', fillColor: '#f0f0f0' },
  value: {},
  name: { fontSize: 13, bold: true },
  ticketNumber: { fontSize: 16, bold: true, characterSpacing: 1 },
  heading: { fontSize: 12, bold: true, margin: [0, 0, 0, 4] },
  sittings: { fontSize: 10, alignment: 'center' },
  address: { fontSize: 8, color: '#444444' },
  seat: { fontSize: 14, bold: true },
  instructions: { lineHeight: 1.25 },
  qrCaption: { fontSize: 9, alignment: 'center', margin: [0, 4, 0, 0] },
};

/** The document's settings, without its pages. */
function ticketsShell(first: TicketView): Omit<TDocumentDefinitions, 'content'> {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 34, 40, 28],
    info: { title: `${first.sessionTitle} 准考证` },
    defaultStyle: { fontSize: 10.5 },
    styles: { ...TICKET_STYLES },
  };
}

/**
 * One page per candidate: every page after the first starts with a page break, none trails.
 * The definition pdfmake would lay out page by page; renderTicketsPdf draws the same pages.
 */
export function buildTicketsDoc(tickets: TicketView[]): TDocumentDefinitions {
  if (tickets.length === 0) throw new Error('没有可生成的准考证');
  const content: Content[] = tickets.map((t, i) =>
    i === 0 ? { stack: buildTicketPage(t) } : { stack: buildTicketPage(t), pageBreak: 'before' },
  );
  return { ...ticketsShell(tickets[0]), content };
}

/**
 * More tickets than this in one PDF is refused: pdfmake holds ≈ 0.5 MB per page until the end
 * (measured 650 MB peak RSS for 1,000 tickets), so a whole session at once could exhaust memory.
 */
export const MAX_TICKETS_PER_PDF = 500;

/**
 * Renders tickets as one PDF. pdfmake cannot merge PDFs, so callers batch (one PDF per unit,
 * the way 主管部门 print them) rather than pass a whole session's candidates at once.
 */
export async function renderTicketsPdf(
  tickets: TicketView[],
  stats?: LayoutOnceStats,
): Promise<Buffer> {
  if (tickets.length > MAX_TICKETS_PER_PDF) {
    throw new Error(`一次最多生成 ${MAX_TICKETS_PER_PDF} 张准考证，请按单位分批生成`);
  }
  if (tickets.length === 0) throw new Error('没有可生成的准考证');
  // Every page of the batch is laid out once per shape and filled in (layout-once.ts).
  const pages = tickets
    .map(withPrintablePhoto)
    .map((t) => slotPage((parts) => ({ stack: buildTicketPage(t, parts) })));
  return renderSlotPages(ticketsShell(tickets[0]), pages, { stats });
}

/** A single candidate's ticket, e.g. for download from the candidate's own page. */
export async function renderTicketPdf(t: TicketView): Promise<Buffer> {
  return renderTicketsPdf([t]);
}

const withPrintablePhoto = (t: TicketView): TicketView =>
  t.photo ? { ...t, photo: printablePhoto(t.photo, t) } : t;
