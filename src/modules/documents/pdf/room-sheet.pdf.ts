import type { Content, DynamicContent, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RoomSheetView } from '../../scheduling/domain/ticket-documents.types';
import { headerCell, pageFooter } from './pdf-parts';
import {
  assertRoomSheetsMasked,
  attendanceLine,
  roomPlaceLine,
  roomSittingLine,
  SIGN_IN_HEADERS,
} from './room-sheet-common';
import { formatChineseDate, formatTimeRange } from './ticket-format';

type Seat = RoomSheetView['seats'][number];

/** Seats per row of the seating chart: five fit A4 portrait with a readable name in each. */
export const SEATING_COLUMNS = 5;

/** Minimum height of a seating-chart row, so rows of empty seats are as tall as full ones. */
const SEAT_ROW_HEIGHT = 62;

/** Height of a sign-in row in pt: room for a handwritten signature. */
const SIGNATURE_ROW_HEIGHT = 30;

const HEADING_STYLES: TDocumentDefinitions['styles'] = {
  session: { fontSize: 13, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
  title: { fontSize: 20, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
  meta: { fontSize: 10, alignment: 'center', lineHeight: 1.3 },
};

function roomHeading(room: RoomSheetView, sheetName: string): Content[] {
  return [
    { text: room.sessionTitle, style: 'session' },
    { text: sheetName, style: 'title' },
    { text: roomPlaceLine(room), style: 'meta' },
    { text: roomSittingLine(room), style: 'meta', margin: [0, 0, 0, 10] },
  ];
}

/** Each room starts on a new page; the first needs no break, so no page is left blank. */
function perRoom(rooms: RoomSheetView[], page: (room: RoomSheetView) => Content[]): Content[] {
  if (rooms.length === 0) throw new Error('没有可生成的考场');
  return rooms.map((room, i) =>
    i === 0 ? { stack: page(room) } : { stack: page(room), pageBreak: 'before' },
  );
}

function seatCell(seatNumber: number, seat: Seat | undefined): TableCell {
  const number = { text: String(seatNumber).padStart(2, '0'), style: 'seatNumber' };
  if (!seat) return { stack: [number, { text: '（空座）', color: '#999999' }] };
  return {
    stack: [
      number,
      { text: seat.ticketNumber, fontSize: 8.5 },
      { text: seat.name, style: 'seatName' },
    ],
  };
}

/** Seat 1 at the front left, filling each row left to right; numbers without a candidate stay empty. */
function seatGrid(room: RoomSheetView): Content {
  const bySeat = new Map(room.seats.map((s) => [s.seat, s]));
  const last = Math.max(room.capacity, ...room.seats.map((s) => s.seat));
  const rows: TableCell[][] = [];
  for (let first = 1; first <= last; first += SEATING_COLUMNS) {
    const row: TableCell[] = [];
    for (let n = first; n < first + SEATING_COLUMNS; n++) {
      row.push(n <= last ? seatCell(n, bySeat.get(n)) : { text: '' });
    }
    rows.push(row);
  }
  // pdfmake cannot lay out a table without rows.
  if (rows.length === 0) return { text: '本考场未安排考生。', alignment: 'center' };
  return {
    table: {
      widths: Array<string>(SEATING_COLUMNS).fill('*'),
      heights: SEAT_ROW_HEIGHT,
      dontBreakRows: true,
      body: rows,
    },
    layout: { paddingTop: () => 6, paddingBottom: () => 6 },
    alignment: 'center',
  };
}

/**
 * The front of the room, so the grid reads the way the candidates face it. A function, not a
 * shared constant: pdfmake rewrites nodes while laying them out, a reused node prints empty.
 */
function podium(): Content {
  return {
    table: { widths: [120], body: [[{ text: '讲　台', bold: true, alignment: 'center' }]] },
    margin: [193, 0, 0, 10],
  };
}

/** 考场座位表: one page (more for a very large room) per room, seats in a grid of five. */
export function buildSeatingChartDoc(rooms: RoomSheetView[]): TDocumentDefinitions {
  assertRoomSheetsMasked(rooms);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 44],
    info: { title: '考场座位表' },
    defaultStyle: { fontSize: 10 },
    footer: pageFooter,
    content: perRoom(rooms, (room) => [
      ...roomHeading(room, '考场座位表'),
      podium(),
      seatGrid(room),
    ]),
    styles: {
      ...HEADING_STYLES,
      seatNumber: { fontSize: 16, bold: true },
      seatName: { fontSize: 12, bold: true },
    },
  };
}

function signInRow(seat: Seat): TableCell[] {
  const texts = [
    String(seat.seat),
    seat.ticketNumber,
    seat.name,
    seat.maskedIdNumber,
    seat.unitName,
  ];
  return [...texts, '', ''].map((text) => ({ text, verticalAlignment: 'middle' }));
}

/**
 * The room's name rides in the repeated header, so a page that comes loose from the stack
 * still says which room and sitting it belongs to.
 */
function signInHeader(room: RoomSheetView): TableCell[][] {
  const when = `${formatChineseDate(room.date)} ${formatTimeRange(room.startTime, room.endTime)}`;
  const where: TableCell = {
    text: `${room.venueName}\u3000${room.roomName}\u3000${room.componentName}\u3000${when}`,
    colSpan: SIGN_IN_HEADERS.length,
    alignment: 'left',
    bold: true,
  };
  return [
    [where, ...SIGN_IN_HEADERS.slice(1).map((): TableCell => ({}))],
    SIGN_IN_HEADERS.map((text) => headerCell(text)),
  ];
}

function signInTable(room: RoomSheetView): Content {
  return {
    table: {
      headerRows: 2,
      dontBreakRows: true,
      widths: [28, 70, 44, 92, '*', 70, 36],
      heights: (row: number) => (row < 2 ? 'auto' : SIGNATURE_ROW_HEIGHT),
      body: [...signInHeader(room), ...room.seats.map(signInRow)],
    },
    layout: { fillColor: (rowIndex: number) => (rowIndex === 1 ? '#eeeeee' : null) },
    fontSize: 9,
    alignment: 'center',
  };
}

/** Two invigilators sign every page; the page number goes underneath. */
const signInFooter: DynamicContent = (currentPage, pageCount, pageSize) => ({
  stack: [
    {
      columns: ['监考人签字：＿＿＿＿＿＿＿＿', '监考人签字：＿＿＿＿＿＿＿＿'],
      fontSize: 10,
      margin: [40, 8, 40, 0],
    },
    pageFooter(currentPage, pageCount, pageSize) as Content,
  ],
});

/** 考场签到表: one table per room, its header repeated on every page, never a full ID number. */
export function buildSignInSheetDoc(rooms: RoomSheetView[]): TDocumentDefinitions {
  assertRoomSheetsMasked(rooms);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 64],
    info: { title: '考场签到表' },
    defaultStyle: { fontSize: 10 },
    footer: signInFooter,
    content: perRoom(rooms, (room) => [
      ...roomHeading(room, '考场签到表'),
      signInTable(room),
      { text: attendanceLine(room), margin: [0, 10, 0, 0] },
    ]),
    styles: { ...HEADING_STYLES },
  };
}
