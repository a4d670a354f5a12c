import * as ExcelJS from 'exceljs';
import type { RoomSheetView } from '../../scheduling/domain/ticket-documents.types';
import { SIGN_IN_HEADERS } from '../pdf/room-sheet-common';
import { sanitizeSheetName, uniqueSheetNames } from './room-sheet-names';
import { SIGN_IN_HEADER_ROW, writeSignInSheetWorkbook } from './room-sheet.xlsx';

const room = (
  roomName: string,
  names: string[] = ['王伟', '李娜'],
  examRoom = 1,
): RoomSheetView => ({
  sessionTitle: '2025年度大连市机关事业单位工勤技能人员技术等级晋升考核',
  examRoom,
  date: '2025-09-13',
  startTime: '09:00',
  endTime: '11:00',
  venueName: '大连市职业技能公共实训基地',
  roomName,
  capacity: 30,
  seatsPerRow: null,
  sittings: [
    {
      paperCategory: '汽车驾驶员',
      componentName: '理论考试',
      startTime: '09:00',
      endTime: '11:00',
      count: names.length,
    },
  ],
  seats: names.map((name, i) => ({
    seat: i + 1,
    ticketNumber: `20251001000${i + 1}`.slice(0, 10),
    name,
    maskedIdNumber: '2102**********101X',
    unitName: '大连市财政局',
    paperCategory: '汽车驾驶员',
    componentName: '理论考试',
    occupation: '驾驶员',
    cancelled: i === 1,
  })),
});

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

const rowTexts = (sheet: ExcelJS.Worksheet, row: number): string[] =>
  Array.from({ length: SIGN_IN_HEADERS.length }, (_, i) => sheet.getCell(row, i + 1).text);

describe('writeSignInSheetWorkbook', () => {
  const rooms = [
    room('一号楼201'),
    room('一号楼201', undefined, 5), // same room at another time: another exam room
    room('机房:[A/B]?', ['=HYPERLINK("http://x")'], 12),
  ];
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await load(await writeSignInSheetWorkbook(rooms));
  });

  it('writes one sheet per room with unique, valid names', () => {
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(['第001考场 一号楼201', '第005考场 一号楼201', '第012考场 机房__A_B__']);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('has the title rows and the same columns as the PDF sign-in sheet', () => {
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').text).toBe(rooms[0].sessionTitle);
    expect(sheet.getCell('A2').text).toBe('考场签到表');
    expect(sheet.getCell('A3').text).toContain('考场：第001考场（一号楼201）');
    expect(sheet.getCell('A4').text).toContain('考核时间：2025年9月13日（星期六） 09:00—11:00');
    expect(sheet.getCell('A5').text).toBe('本考场：汽车驾驶员 理论考试 2 人');
    expect(rowTexts(sheet, SIGN_IN_HEADER_ROW)).toEqual(SIGN_IN_HEADERS);
    expect(rowTexts(sheet, SIGN_IN_HEADER_ROW + 1)).toEqual([
      '1', '2025100100', '王伟', '2102**********101X', '大连市财政局', '汽车驾驶员\n驾驶员', '', '',
    ]); // prettier-ignore
    expect(sheet.getRow(SIGN_IN_HEADER_ROW + 1).height).toBeGreaterThanOrEqual(28);
  });

  it('marks a cancelled candidate in the signature cell and leaves them out of 应考', () => {
    const sheet = workbook.worksheets[0];
    expect(rowTexts(sheet, SIGN_IN_HEADER_ROW + 2)[6]).toBe('已取消资格');
    expect(sheet.getCell(SIGN_IN_HEADER_ROW + 4, 1).text).toBe(
      '本考场应考 1 人（另有 1 人已取消资格，不参加考核），实考＿＿＿人，缺考＿＿＿人。',
    );
  });

  it('escapes text Excel would evaluate', () => {
    const sheet = workbook.worksheets[2];
    expect(sheet.getCell(SIGN_IN_HEADER_ROW + 1, 3).value).toBe('\'=HYPERLINK("http://x")');
  });

  it('prints A4 portrait with the header row repeated', () => {
    const { pageSetup } = workbook.worksheets[0];
    expect(pageSetup.paperSize).toBe(9);
    expect(pageSetup.orientation).toBe('portrait');
    expect(pageSetup.printTitlesRow).toBe(`${SIGN_IN_HEADER_ROW}:${SIGN_IN_HEADER_ROW}`);
  });

  it('refuses a full ID number', async () => {
    const leaky = room('九号', undefined, 9);
    leaky.seats[0].maskedIdNumber = '21020219800512101X';
    await expect(writeSignInSheetWorkbook([leaky])).rejects.toThrow(
      '第009考场（九号）第 1 座的身份证号未隐藏',
    );
  });
});

describe('sheet names', () => {
  it.each([
    ['a/b\\c[d]e:f*g?h', 'a_b_c_d_e_f_g_h'],
    ["'引号'", '引号'],
    ['   ', '考场'],
    [
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三',
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一',
    ],
  ])('cleans %p', (raw, clean) => {
    expect(sanitizeSheetName(raw)).toBe(clean);
  });

  it('de-duplicates case-insensitively within 31 characters and avoids History', () => {
    const long = 'x'.repeat(40);
    expect(uniqueSheetNames(['Room', 'ROOM', long, long, 'History'])).toEqual([
      'Room', 'ROOM(2)', 'x'.repeat(31), `${'x'.repeat(28)}(2)`, 'History(2)',
    ]); // prettier-ignore
  });
});
