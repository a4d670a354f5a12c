import * as ExcelJS from 'exceljs';
import type { RoomSheetView } from '../../scheduling/domain/ticket-documents.types';
import { SIGN_IN_HEADERS } from '../pdf/room-sheet-common';
import { sanitizeSheetName, uniqueSheetNames } from './room-sheet-names';
import { SIGN_IN_HEADER_ROW, writeSignInSheetWorkbook } from './room-sheet.xlsx';

const room = (roomName: string, names: string[] = ['王伟', '李娜']): RoomSheetView => ({
  sessionTitle: '2025年度大连市机关事业单位工勤技能人员技术等级晋升考核',
  paperCategory: '汽车驾驶员',
  componentName: '理论考试',
  date: '2025-09-13',
  startTime: '09:00',
  endTime: '11:00',
  venueName: '大连市职业技能公共实训基地',
  roomName,
  capacity: 30,
  seats: names.map((name, i) => ({
    seat: i + 1,
    ticketNumber: `20250901000${i + 1}`,
    name,
    maskedIdNumber: '2102**********101X',
    unitName: '大连市财政局',
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
    room('第 1 考场'),
    room('第 1 考场'), // same room, another sitting: the name must still be unique
    room('第 2 考场:机房 [A/B]?', ['=HYPERLINK("http://x")']),
  ];
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await load(await writeSignInSheetWorkbook(rooms));
  });

  it('writes one sheet per room with unique, valid names', () => {
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual([
      '第 1 考场（理论考试）',
      '第 1 考场（理论考试）(2)',
      '第 2 考场_机房 _A_B__（理论考试）',
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('has the title rows and the same columns as the PDF sign-in sheet', () => {
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').text).toBe(rooms[0].sessionTitle);
    expect(sheet.getCell('A2').text).toBe('考场签到表');
    expect(sheet.getCell('A3').text).toContain('考场：第 1 考场');
    expect(sheet.getCell('A4').text).toContain('考核时间：2025年9月13日（星期六） 09:00—11:00');
    expect(rowTexts(sheet, SIGN_IN_HEADER_ROW)).toEqual(SIGN_IN_HEADERS);
    expect(rowTexts(sheet, SIGN_IN_HEADER_ROW + 1)).toEqual([
      '1', '202509010001', '王伟', '2102**********101X', '大连市财政局', '', '',
    ]); // prettier-ignore
    expect(sheet.getRow(SIGN_IN_HEADER_ROW + 1).height).toBeGreaterThanOrEqual(28);
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
    const leaky = room('第 9 考场');
    leaky.seats[0].maskedIdNumber = '21020219800512101X';
    await expect(writeSignInSheetWorkbook([leaky])).rejects.toThrow(
      '第 9 考场第 1 座的身份证号未隐藏',
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
