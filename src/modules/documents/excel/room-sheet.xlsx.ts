import * as ExcelJS from 'exceljs';
import type { RoomSheetView } from '../../scheduling/domain/ticket-documents.types';
import { examRoomLabel } from '../../scheduling/domain/exam-rooms';
import {
  assertRoomSheetsMasked,
  attendanceLine,
  CANCELLED_MARK,
  roomPlaceLine,
  roomSittingsLine,
  roomTimeLine,
  seatSubject,
  SIGN_IN_HEADERS,
} from '../pdf/room-sheet-common';
import { uniqueSheetNames } from './room-sheet-names';
import { safeCellText } from './summary-columns';

/**
 * 考场签到表 as a workbook, one sheet per room, for offices that edit or print from Excel.
 * Rooms hold tens of candidates, so the in-memory workbook is fine here (unlike 附件2).
 */

/** Rows 1–5: session, 考场签到表, 考点/考场, 考核时间, 本考场的场次; the column header follows. */
export const SIGN_IN_HEADER_ROW = 6;
const FIRST_DATA_ROW = SIGN_IN_HEADER_ROW + 1;
const WIDTHS = [7, 14, 10, 21, 28, 18, 14, 9];
const LAST_COLUMN = 'H';
const SIGNATURE_ROW_HEIGHT = 30;

const FONT = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const CELL_STYLE: Partial<ExcelJS.Style> = {
  numFmt: '@',
  font: { name: FONT, size: 10 },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
};
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  ...CELL_STYLE,
  font: { name: FONT, size: 10, bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } },
};

/** Sheet name wanted for an exam room; uniqueSheetNames cleans and de-duplicates it. */
export function roomSheetName(room: RoomSheetView): string {
  return `${examRoomLabel(room.examRoom)} ${room.roomName}`;
}

export async function writeSignInSheetWorkbook(rooms: RoomSheetView[]): Promise<Buffer> {
  if (rooms.length === 0) throw new Error('没有可生成的考场');
  assertRoomSheetsMasked(rooms);
  const workbook = new ExcelJS.Workbook();
  const names = uniqueSheetNames(rooms.map(roomSheetName));
  rooms.forEach((room, i) => drawRoom(workbook.addWorksheet(names[i], sheetOptions()), room));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A4 portrait, one page wide, the column header repeated on every printed page. */
function sheetOptions(): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${SIGN_IN_HEADER_ROW}:${SIGN_IN_HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddFooter: '&L监考人签字：＿＿＿＿＿＿  ＿＿＿＿＿＿&R第 &P 页 共 &N 页',
    },
  };
}

function drawRoom(sheet: ExcelJS.Worksheet, room: RoomSheetView): void {
  sheet.columns = WIDTHS.map((width) => ({ width }));
  banner(sheet, 1, room.sessionTitle, { size: 13, bold: true }, 'center');
  banner(sheet, 2, '考场签到表', { size: 18, bold: true }, 'center');
  banner(sheet, 3, roomPlaceLine(room), { size: 11 }, 'left');
  banner(sheet, 4, roomTimeLine(room), { size: 11 }, 'left');
  banner(sheet, 5, roomSittingsLine(room), { size: 11 }, 'left');
  writeRow(sheet, SIGN_IN_HEADER_ROW, SIGN_IN_HEADERS, HEADER_STYLE, 22);
  room.seats.forEach((seat, i) => {
    const texts = [String(seat.seat), seat.ticketNumber, seat.name, seat.maskedIdNumber];
    const signature = seat.cancelled ? CANCELLED_MARK : '';
    const row = [...texts, seat.unitName, seatSubject(room, seat), signature, ''];
    writeRow(sheet, FIRST_DATA_ROW + i, row, CELL_STYLE, SIGNATURE_ROW_HEIGHT);
  });
  const after = FIRST_DATA_ROW + room.seats.length + 1;
  banner(sheet, after, attendanceLine(room), { size: 11 }, 'left');
  banner(
    sheet,
    after + 2,
    '监考人签字：＿＿＿＿＿＿＿＿\u3000\u3000监考人签字：＿＿＿＿＿＿＿＿',
    { size: 11 },
    'left',
  );
}

/** A title line merged across the table's width. */
function banner(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  text: string,
  font: Partial<ExcelJS.Font>,
  horizontal: 'left' | 'center',
): void {
  const row = sheet.getRow(rowNumber);
  row.height = (font.size ?? 11) * 1.8;
  const cell = row.getCell(1);
  cell.value = safeCellText(text);
  cell.style = {
    numFmt: '@',
    font: { name: FONT, ...font },
    alignment: { horizontal, vertical: 'middle' },
  };
  sheet.mergeCells(`A${rowNumber}:${LAST_COLUMN}${rowNumber}`);
}

/** Every cell is text (ID and ticket numbers must not turn into numbers) and formula-safe. */
function writeRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  texts: string[],
  style: Partial<ExcelJS.Style>,
  height: number,
): void {
  const row = sheet.getRow(rowNumber);
  row.height = height;
  texts.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    cell.style = style;
    if (text !== '') cell.value = safeCellText(text);
  });
}
