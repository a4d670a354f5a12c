import { spawnSync } from 'node:child_process';
import type { Content, ContentOrderedList } from 'pdfmake/interfaces';
import {
  corruptPng,
  jpegImage,
  pngImage,
  withExifOrientation,
} from '../../../../test/factories/files.factory';
import type { TicketSittingLine, TicketView } from '../../scheduling/domain/ticket-documents.types';
import { formatChineseDate, formatTimeRange, formatWeekday } from './ticket-format';
import { forgetLayouts } from './layout-once';
import { PHOTO_PLACEHOLDER, printablePhoto } from './ticket-photo';
import { renderPdf } from './pdf-renderer';
import { qrImage } from './qr-code';
import { differingPixels, hasPoppler, pageImages } from '../../../../test/support/pdf-pages';
import {
  buildTicketPage,
  buildTicketsDoc,
  DEFAULT_TICKET_INSTRUCTIONS,
  instructionFontSize,
  MAX_TICKETS_PER_PDF,
  renderTicketPdf,
  renderTicketsPdf,
} from './ticket.pdf';

const PHOTO = jpegImage(295, 413);

const sitting = (over: Partial<TicketSittingLine> = {}): TicketSittingLine => ({
  componentName: '理论考试',
  date: '2025-09-13',
  startTime: '09:00',
  endTime: '11:00',
  venueName: '大连市职业技能公共实训基地',
  venueAddress: '大连市沙河口区西南路 789 号（地铁 2 号线西南路站 B 口）',
  examRoom: 12,
  roomName: '一号楼 201 教室',
  seat: 17,
  ...over,
});

const ticket = (n: number, over: Partial<TicketView> = {}): TicketView => ({
  sessionTitle: '2025年度大连市机关事业单位工勤技能人员技术等级晋升考核',
  issuer: '大连市就业和人才服务中心',
  ticketNumber: `20250901000${n}`,
  name: `考生${n}`,
  gender: '男',
  idNumber: '21020219800512101X',
  unitName: '大连市中山区市政设施养护管理中心（大连市中山区城市管理综合服务中心）',
  departmentName: '大连市中山区人力资源和社会保障局',
  occupation: '汽车驾驶员',
  levelName: '技师',
  paperCategory: '汽车驾驶员',
  sittings: [sitting(), sitting({ componentName: '实际操作考核', date: '2025-09-14' })],
  photo: PHOTO,
  qrPayload: `DLGQ1|20250901000${n}|k3J9sV0c2wq8XyZ9f8Gh1aBcDeFgHiJkLmNoPqRsTu`,
  instructions: DEFAULT_TICKET_INSTRUCTIONS,
  ...over,
});

/** Every object node in a content tree (stacks, columns, tables, lists). */
function nodes(content: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(content)) content.forEach((c) => nodes(c, out));
  else if (content && typeof content === 'object') {
    out.push(content as Record<string, unknown>);
    Object.values(content).forEach((v) => nodes(v, out));
  }
  return out;
}

function poppler(tool: string, args: string[], pdf: Buffer): string | null {
  const run = spawnSync(tool, args, { input: pdf });
  return run.status === 0 ? run.stdout.toString('utf8') : null;
}

/** pdfinfo's page count, or the page objects counted in the file where poppler is missing. */
function pageCount(pdf: Buffer): number {
  const info = poppler('pdfinfo', ['-'], pdf);
  if (info !== null) return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

describe('buildTicketsDoc', () => {
  it('puts a page break before every ticket but the first, so no page is blank', () => {
    const doc = buildTicketsDoc([ticket(1), ticket(2), ticket(3)]);
    const pages = doc.content as Array<{ pageBreak?: string }>;
    expect(pages.map((p) => p.pageBreak)).toEqual([undefined, 'before', 'before']);
    expect(doc.pageSize).toBe('A4');
    expect(doc.pageOrientation).toBe('portrait');
  });

  it('refuses an empty list rather than print a blank page', () => {
    expect(() => buildTicketsDoc([])).toThrow('没有可生成的准考证');
  });
});

describe('buildTicketPage', () => {
  it('carries the qrPayload in a QR code with its caption', () => {
    const all = nodes(buildTicketPage(ticket(1)));
    const qr = all.find((n) => String(n.image).startsWith('data:image/png'));
    expect(qr).toMatchObject({ ...qrImage(ticket(1).qrPayload, 90), alignment: 'center' });
    expect(all.some((n) => n.text === '扫码核验准考证')).toBe(true);
  });

  it('uses the photo when present, as a JPEG data URL', () => {
    const all = nodes(buildTicketPage(ticket(1)));
    const image = all.find((n) => 'image' in n);
    expect(image?.image).toBe(`data:image/jpeg;base64,${PHOTO.toString('base64')}`);
    expect(JSON.stringify(all)).not.toContain('粘贴一寸');
  });

  it('prints the 一寸 placeholder box when there is no photo', () => {
    const all = nodes(buildTicketPage(ticket(1, { photo: null })));
    expect(all.some((n) => String(n.image).startsWith('data:image/jpeg'))).toBe(false);
    const texts = all.map((n) => (typeof n.text === 'string' ? n.text.replace(/\n/g, '') : ''));
    expect(texts).toContain(PHOTO_PLACEHOLDER);
  });

  it('never hands pdfkit a PNG or anything else that is not JPEG', () => {
    const gif = Buffer.from('GIF89a');
    expect(() => buildTicketPage(ticket(7, { photo: gif }))).toThrow(/202509010007.*JPEG/);
    expect(() => buildTicketPage(ticket(7, { photo: pngImage(295, 413) }))).toThrow(/JPEG/);
  });

  it('numbers the instructions under 考生须知, each line handed to pdfmake as one run', () => {
    const all = nodes(buildTicketPage(ticket(1)));
    const list = all.find((n) => 'ol' in n) as unknown as ContentOrderedList;
    const items = list.ol as Array<{ text: Array<{ text: string; noWrap: boolean }> }>;
    expect(items.map((item) => item.text.map((line) => line.text).join(''))).toEqual(
      DEFAULT_TICKET_INSTRUCTIONS,
    );
    expect(items.flatMap((item) => item.text).every((line) => line.noWrap)).toBe(true);
    expect(items.filter((item) => item.text.length > 1).length).toBeGreaterThan(2);
    expect(all.some((n) => n.text === '考生须知')).toBe(true);
  });

  it('leaves values that might not fit on one line for pdfmake to wrap', () => {
    const long = '大连市中山区市政设施养护管理中心（大连市中山区城市管理综合服务中心）'.repeat(2);
    const all = nodes(buildTicketPage(ticket(1, { unitName: long })));
    expect(all.find((n) => n.text === long)?.noWrap).toBeUndefined();
    expect(all.find((n) => n.text === '考生1')?.noWrap).toBe(true);
  });

  it('shows every identity field and the sitting line', () => {
    const json = JSON.stringify(buildTicketPage(ticket(1)));
    for (const text of ['姓名', '性别', '身份证号', '准考证号', '工作单位', '主管部门']) {
      expect(json).toContain(text);
    }
    expect(json).toContain('申报职业（工种）');
    expect(json).toContain('21020219800512101X');
    expect(json).toContain('09:00—11:00');
  });

  it("prints the 考场号 of the ticket number, with the venue's name of the room", () => {
    const json = JSON.stringify(buildTicketPage(ticket(1)));
    expect(json).toContain('"第012考场"');
    expect(json).toContain('一号楼 201 教室');
  });

  it('names the issuing body under the title, and nothing when the session has none', () => {
    expect(JSON.stringify(buildTicketPage(ticket(1)))).toContain(
      '签发单位：大连市就业和人才服务中心',
    );
    expect(JSON.stringify(buildTicketPage(ticket(1, { issuer: '' })))).not.toContain('签发单位');
  });
});

const LONG_INSTRUCTION =
  '考核结束信号发出后，考生应立即停止答题，将试卷、答题卡反扣在桌面上，经监考人员收齐清点后方可离开。';

describe('instructionFontSize', () => {
  it('keeps 10 pt for the defaults plus an eighth line', () => {
    expect(instructionFontSize([...DEFAULT_TICKET_INSTRUCTIONS, LONG_INSTRUCTION])).toBe(10);
  });

  it('drops to 9 pt when eight long lines would spill onto a second page', () => {
    expect(instructionFontSize(Array<string>(8).fill(LONG_INSTRUCTION))).toBe(9);
  });
});

describe('DEFAULT_TICKET_INSTRUCTIONS', () => {
  it('covers documents, arrival, late entry, devices, 笔试 (notice 五) and discipline', () => {
    const text = DEFAULT_TICKET_INSTRUCTIONS.join('\n');
    expect(DEFAULT_TICKET_INSTRUCTIONS).toHaveLength(7);
    for (const part of ['身份证', '30 分钟', '15 分钟', '电子设备', '笔试', '取消', '成绩公布']) {
      expect(text).toContain(part);
    }
  });
});

describe('ticket formatting', () => {
  it.each([
    ['2025-09-13', '2025年9月13日', '星期六'],
    ['2025-09-14', '2025年9月14日', '星期日'],
    ['13/09/2025', '13/09/2025', ''],
  ])('%s → %s %s', (iso, date, weekday) => {
    expect(formatChineseDate(iso)).toBe(date);
    expect(formatWeekday(iso)).toBe(weekday);
  });

  it('joins times with a full-width dash', () => {
    expect(formatTimeRange('09:00', '11:00')).toBe('09:00—11:00');
  });
});

describe('renderTicketsPdf', () => {
  // The worst case the layout promises to fit: 3 sittings with two-line addresses, 8 instructions.
  const sittings = [sitting(), sitting({ seat: 8 }), sitting({ componentName: '综合评审' })];
  const eighth = [...DEFAULT_TICKET_INSTRUCTIONS, LONG_INSTRUCTION];

  it('renders exactly one page per ticket, with and without a photo', async () => {
    const pdf = await renderTicketsPdf([
      ticket(1, { sittings, instructions: eighth }),
      ticket(2, { sittings, instructions: eighth, photo: null }),
      ticket(3, { sittings, instructions: Array<string>(8).fill(LONG_INSTRUCTION) }),
    ]);
    expect(pageCount(pdf)).toBe(3);
    const text = poppler('pdftotext', ['-layout', '-', '-'], pdf);
    if (text !== null) {
      expect(text).toContain('考生2');
      expect(text).toContain('考生须知');
      expect(text).toContain('扫码核验准考证');
    }
  });

  it('renders a single ticket and leaves the shared default instructions untouched', async () => {
    expect(pageCount(await renderTicketPdf(ticket(4)))).toBe(1);
    // pdfmake rewrites list items in place; the builder hands it a copy.
    expect(DEFAULT_TICKET_INSTRUCTIONS.every((line) => typeof line === 'string')).toBe(true);
  });

  it('converts a photo stored as PNG before these checks existed, and prints it', async () => {
    const pdf = await renderTicketPdf(ticket(5, { photo: pngImage(295, 413) }));
    expect(pageCount(pdf)).toBe(1);
  });

  it('finding 1: a stored PNG with corrupt image data fails the job with PHOTO_CORRUPT, naming the ticket', async () => {
    await expect(renderTicketPdf(ticket(6, { photo: corruptPng() }))).rejects.toMatchObject({
      kind: 'unprocessable',
      code: 'PHOTO_CORRUPT',
      message: expect.stringContaining('202509010006（考生6）'),
    });
  });

  it('refuses a batch too large for memory', async () => {
    const many = Array.from({ length: MAX_TICKETS_PER_PDF + 1 }, () => ticket(1));
    await expect(renderTicketsPdf(many)).rejects.toThrow(/请按单位分批生成/);
  });
});

/**
 * The page as it was drawn before issue 12: every text for pdfmake to break and measure itself,
 * the 考生须知 as plain strings, the QR code as pdfmake's own `qr` node.
 */
function asPdfmakeWouldWrap(content: unknown, payloads: string[]): unknown {
  if (Array.isArray(content)) return content.map((c) => asPdfmakeWouldWrap(c, payloads));
  if (!content || typeof content !== 'object') return content;
  const node = { ...(content as Record<string, unknown>) };
  delete node.noWrap;
  if (Array.isArray(node.canvas)) return { qr: payloads.shift(), fit: 90, alignment: 'center' };
  if (Array.isArray(node.ol)) {
    node.ol = (node.ol as Array<{ text: Array<{ text: string }> } | string>).map((item) =>
      typeof item === 'string' ? item : item.text.map((line) => line.text).join(''),
    );
  }
  for (const [k, v] of Object.entries(node)) node[k] = asPdfmakeWouldWrap(v, payloads);
  return node;
}

describe('issue 12: tickets drawn in runs look the same as pdfmake wrapping every character', () => {
  const sittings = [sitting(), sitting({ seat: 8 }), sitting({ componentName: '综合评审' })];
  const views = [
    ticket(1),
    ticket(2, { sittings, instructions: [...DEFAULT_TICKET_INSTRUCTIONS, LONG_INSTRUCTION] }),
    ticket(3, { photo: null, instructions: Array<string>(8).fill(LONG_INSTRUCTION) }),
    ticket(4, { sessionTitle: '2025年度考核', issuer: '', unitName: '短', occupation: '电工' }),
  ];

  (hasPoppler ? it : it.skip)('every page matches, pixel for pixel but anti-aliasing', async () => {
    const doc = buildTicketsDoc(views);
    const before = {
      ...doc,
      content: asPdfmakeWouldWrap(
        doc.content,
        views.map((v) => v.qrPayload),
      ) as Content,
    };
    const [now, then] = [pageImages(await renderPdf(doc)), pageImages(await renderPdf(before))];
    expect(now).toHaveLength(views.length);
    expect(then).toHaveLength(views.length);
    // A line broken elsewhere or a QR module missing differs by thousands of pixels; the same
    // glyphs drawn as one run rather than one by one, by a few dozen at most.
    now!.forEach((page, i) => expect(differingPixels(page, then![i])).toBeLessThan(200));
  });
});

describe('issue 12: tickets laid out once per shape and filled in look as pdfmake lays each out', () => {
  beforeEach(() => forgetLayouts());

  const three = [sitting(), sitting({ seat: 8 }), sitting({ componentName: '综合评审' })];
  // Names, numbers and places of other widths (centred and left-aligned cells), unit names that
  // fit and that wrap, no photo, three sittings. The default unit name wraps (a shape of its
  // own); the weekday under a date is part of the shape too (a session has few dates).
  const views = [
    ticket(1),
    ticket(2, { name: '欧阳长风', gender: '女', unitName: '大连市第一中学' }),
    ticket(3, {
      name: '李',
      sittings: [
        sitting({ seat: 1, roomName: '甲201', venueName: '考点' }),
        sitting({ componentName: '实际操作考核', date: '2025-09-14', seat: 45 }),
      ],
    }),
    ticket(4, { photo: null }),
    ticket(5, { sittings: three }),
    ticket(6, { unitName: '大连市中山区市政设施养护管理中心'.repeat(3) }),
    ticket(7, { occupation: '电工', levelName: '高级工', paperCategory: '电工类' }),
    ticket(8, { name: '王五', unitName: '大连市第二十四中学', idNumber: '210202198005121011' }),
    // Found by review: the same pixel size turned by EXIF is another box (pdfmake swaps it) …
    ticket(9, { photo: jpegImage(300, 400) }),
    ticket(10, { photo: withExifOrientation(jpegImage(300, 400), 6) }),
    // … and a wide value spanning columns beside a wide one in the star column widened that
    // column past the margin when it was `*` (now numeric: the same width, never widened).
    ticket(11, {
      occupation: '城市轨道交通列车司机与调度员',
      unitName: '大连市中山区市政设施养护管理中心城市管理综合服务中心分部',
    }),
  ];

  (hasPoppler ? it : it.skip)('every page matches, pixel for pixel', async () => {
    const stats = { layouts: 0, filled: 0 };
    const filled = pageImages(await renderTicketsPdf(views, stats));
    const printable = views.map((v) => ({ ...v, photo: v.photo && printablePhoto(v.photo, v) }));
    const laidOut = pageImages(await renderPdf(buildTicketsDoc(printable)));
    expect(filled).toHaveLength(views.length);
    filled!.forEach((page, i) => expect(differingPixels(page, laidOut![i])).toBeLessThan(20));
    // 1, 3 and 7 share a shape, as do 2, 8 and 11; no photo, three sittings, another wrapped
    // unit, a photo of another size, the same turned on its side.
    expect(stats).toEqual({ layouts: 7, filled: 4 });
  });

  it('a single ticket reuses the layout of an earlier document', async () => {
    const stats = { layouts: 0, filled: 0 };
    await renderTicketsPdf([ticket(1)], stats);
    await renderTicketsPdf([ticket(2, { name: '欧阳长风' })], stats);
    expect(stats).toEqual({ layouts: 1, filled: 1 });
  });
});
