import { spawnSync } from 'node:child_process';
import type { Content, ContentTable, DynamicContent, TableCell } from 'pdfmake/interfaces';
import type { RoomSheetView } from '../../scheduling/domain/ticket-documents.types';
import { renderPdf } from './pdf-renderer';
import { assertRoomSheetsMasked, attendanceLine, SIGN_IN_HEADERS } from './room-sheet-common';
import { buildSeatingChartDoc, buildSignInSheetDoc, SEATING_COLUMNS } from './room-sheet.pdf';

const room = (n: number, seatCount: number, capacity = 10): RoomSheetView => ({
  sessionTitle: '2025年度大连市机关事业单位工勤技能人员技术等级晋升考核',
  examRoom: n,
  date: '2025-09-13',
  startTime: '09:00',
  endTime: '11:00',
  venueName: '大连市职业技能公共实训基地',
  roomName: `一号楼 20${n}`,
  capacity,
  seatsPerRow: null,
  sittings: [
    { paperCategory: '综合', componentName: '理论考试', startTime: '09:00', endTime: '11:00', count: seatCount },
  ],
  seats: Array.from({ length: seatCount }, (_, i) => ({
    seat: i + 1,
    ticketNumber: `2025700${n}0${i + 1}`,
    name: `考生${n}-${i + 1}`,
    maskedIdNumber: '2102**********101X',
    unitName: '大连市财政局',
    paperCategory: '综合',
    componentName: '理论考试',
    occupation: '绿化工',
    cancelled: false,
  })),
}); // prettier-ignore

/** Room 4: 电工 and 汽车驾驶员 theory at once, one 电工 candidate cancelled after seating. */
const shared = (): RoomSheetView => {
  const r = room(4, 4, 6);
  r.sittings = [
    { paperCategory: '电工', componentName: '理论考试', startTime: '09:00', endTime: '11:00', count: 3 },
    { paperCategory: '汽车驾驶员', componentName: '理论考试', startTime: '09:00', endTime: '10:30', count: 1 },
  ]; // prettier-ignore
  r.seats.forEach((s, i) => {
    s.paperCategory = i === 1 ? '汽车驾驶员' : '电工';
    s.occupation = i === 1 ? '驾驶员' : '维修电工';
  });
  r.seats[2].cancelled = true;
  return r;
};

const cellText = (cell: TableCell): string => JSON.stringify(cell);

/** The first table of each room's stack. */
function tables(content: Content): ContentTable[] {
  return (content as Array<{ stack: Content[] }>).map(({ stack }) => {
    const found = stack.filter((c) => typeof c === 'object' && 'table' in c) as ContentTable[];
    return found[found.length - 1];
  });
}

describe('buildSeatingChartDoc', () => {
  const doc = buildSeatingChartDoc([room(1, 7), room(2, 3)]);

  it('starts each room on a new page without a blank first page', () => {
    const pages = doc.content as Array<{ pageBreak?: string }>;
    expect(pages.map((p) => p.pageBreak)).toEqual([undefined, 'before']);
  });

  it('heads each room with session, place, paper category, component and time', () => {
    const json = JSON.stringify(doc.content);
    expect(json).toContain('考场座位表');
    expect(json).toContain('考点：大连市职业技能公共实训基地');
    expect(json).toContain('考场：第002考场（一号楼 202）');
    expect(json).toContain('本考场：综合 理论考试 3 人');
    expect(json).toContain('考核时间：2025年9月13日（星期六） 09:00—11:00');
  });

  it('lays the seats out in rows of five in seat order, empty seats up to capacity', () => {
    const { table } = tables(doc.content)[0];
    expect(table.body).toHaveLength(2); // capacity 10
    expect(table.body[0]).toHaveLength(SEATING_COLUMNS);
    expect(cellText(table.body[0][0])).toContain('考生1-1');
    expect(cellText(table.body[1][1])).toContain('考生1-7');
    expect(cellText(table.body[1][2])).toContain('空座');
    expect(cellText(table.body[1][4])).toContain('"10"');
    expect(doc.pageOrientation).toBe('portrait');
  });

  it("honours the room's seats per row, turning wide rooms to landscape", () => {
    const wide = { ...room(5, 7, 24), seatsPerRow: 8 };
    const narrow = { ...room(6, 7, 12), seatsPerRow: 4 };
    const d = buildSeatingChartDoc([wide, narrow]);
    const [a, b] = tables(d.content);
    expect(a.table.body).toHaveLength(3);
    expect(a.table.body[0]).toHaveLength(8);
    expect(cellText(a.table.body[0][7])).toContain('"08"');
    expect(b.table.body[0]).toHaveLength(4);
    expect(d.pageOrientation).toBe('landscape');
    expect((d.content as Array<{ pageOrientation?: string }>)[1].pageOrientation).toBe('portrait');
  });

  it('draws every category seated in a shared room, marking the cancelled', () => {
    const d = buildSeatingChartDoc([shared()]);
    const { table } = tables(d.content)[0];
    expect(cellText(table.body[0][1])).toContain('汽车驾驶员');
    expect(cellText(table.body[0][0])).toContain('电工');
    expect(cellText(table.body[0][2])).toContain('已取消资格');
    expect(JSON.stringify(d.content)).toContain(
      '本考场：电工 理论考试 3 人；汽车驾驶员 理论考试 1 人（09:00—10:30）',
    );
  });
});

describe('buildSignInSheetDoc', () => {
  const doc = buildSignInSheetDoc([room(1, 3), room(2, 2)]);

  it('repeats the room line and the column header on every page', () => {
    const { table } = tables(doc.content)[0];
    expect(table.headerRows).toBe(2);
    expect(cellText(table.body[0][0])).toContain('第001考场（一号楼 201）');
    expect(table.body[1].map((c) => (c as { text: string }).text)).toEqual(SIGN_IN_HEADERS);
    expect(SIGN_IN_HEADERS).toEqual([
      '座位号', '准考证号', '姓名', '身份证号（部分隐藏）', '工作单位', '试卷类别／申报职业', '考生签字', '备注',
    ]); // prettier-ignore
  });

  it('lists the seats with an empty, tall signature cell', () => {
    const { table } = tables(doc.content)[0];
    const texts = table.body[2].map((c) => (c as { text: string }).text);
    expect(texts).toEqual([
      '1',
      '20257001' + '01',
      '考生1-1',
      '2102**********101X',
      '大连市财政局',
      '综合\n绿化工',
      '',
      '',
    ]);
    const heights = table.heights as (row: number) => number | 'auto';
    expect(heights(2)).toBeGreaterThanOrEqual(28);
  });

  it('covers everyone in a shared room, each row naming category and occupation', () => {
    const d = buildSignInSheetDoc([shared()]);
    const { table } = tables(d.content)[0];
    const rows = table.body.slice(2).map((r) => r.map((c) => (c as { text: string }).text));
    expect(rows).toHaveLength(4);
    expect(rows[1][5]).toBe('汽车驾驶员\n驾驶员');
    expect(rows[0][5]).toBe('电工\n维修电工');
    expect(rows[2][6]).toBe('已取消资格');
    expect(rows[3][6]).toBe('');
    expect(JSON.stringify(d.content)).toContain(
      '本考场应考 3 人（另有 1 人已取消资格，不参加考核），实考＿＿＿人，缺考＿＿＿人。',
    );
  });

  it('names the component on each row when a room mixes theory and practical', () => {
    const r = shared();
    r.sittings[1].componentName = '实际操作考核';
    r.seats[1].componentName = '实际操作考核';
    const rows = tables(buildSignInSheetDoc([r]).content)[0].table.body.slice(2);
    expect((rows[1][5] as { text: string }).text).toBe('汽车驾驶员·实操\n驾驶员');
  });

  it('has 监考人签字 lines and page numbers in the footer', () => {
    const footer = doc.footer as DynamicContent;
    const json = JSON.stringify(footer(2, 5, { width: 595, height: 842, orientation: 'portrait' }));
    expect(json).toContain('监考人签字');
    expect(json).toContain('第 2 页 共 5 页');
  });

  it('renders with the room data in Chinese', async () => {
    const pdf = await renderPdf(doc);
    const run = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf });
    if (run.status !== 0) return; // poppler not installed
    const text = run.stdout.toString('utf8');
    expect(text).toContain('考场签到表');
    expect(text).toContain('考生2-2');
    expect(text).toContain('2102**********101X');
  });
});

describe('full ID guard', () => {
  const withId = (id: string): RoomSheetView => {
    const r = room(3, 2);
    r.seats[1].maskedIdNumber = id;
    return r;
  };

  it.each([
    '21020219800512101X',
    '210202198005121',
    ' 2102 0219 8005 1210 1X',
    '21020219800512101X*',
    '',
  ])('refuses %p on both PDFs', (id) => {
    expect(() => buildSeatingChartDoc([withId(id)])).toThrow(
      '第003考场（一号楼 203）第 2 座的身份证号未隐藏',
    );
    expect(() => buildSignInSheetDoc([withId(id)])).toThrow(/未隐藏/);
  });

  it('accepts a masked number', () => {
    expect(() => assertRoomSheetsMasked([withId('2102**********101X')])).not.toThrow();
  });

  it('refuses an empty room list', () => {
    expect(() => buildSignInSheetDoc([])).toThrow('没有可生成的考场');
  });
});

describe('attendanceLine', () => {
  it('counts everyone seated when nobody is cancelled', () => {
    expect(attendanceLine(room(1, 4))).toBe('本考场应考 4 人，实考＿＿＿人，缺考＿＿＿人。');
  });
});
