import type {
  Content,
  DynamicContent,
  PageOrientation,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type { RoomSheetSeat, RoomSheetView } from '../../scheduling/domain/ticket-documents.types';
import { headerCell, pageFooter } from './pdf-parts';
import {
  assertRoomSheetsMasked,
  attendanceLine,
  CANCELLED_MARK,
  roomLabel,
  roomPlaceLine,
  roomSittingsLine,
  roomTimeLine,
  seatSubject,
  SIGN_IN_HEADERS,
} from './room-sheet-common';
import { formatChineseDate, formatTimeRange } from './ticket-format';

/** Seats per row of the seating chart when the room does not say: five fit A4 portrait. */
export const SEATING_COLUMNS = 5;

/** Wider rows than this are drawn on a landscape page. */
const PORTRAIT_MAX_COLUMNS = 6;

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
    { text: roomTimeLine(room), style: 'meta' },
    { text: roomSittingsLine(room), style: 'meta', margin: [0, 0, 0, 10] },
  ];
}

/** The seating chart's columns: the room's seats per row, or five. */
export const seatingColumns = (room: RoomSheetView): number => room.seatsPerRow ?? SEATING_COLUMNS;

const orientationOf = (room: RoomSheetView, chart: boolean): PageOrientation =>
  chart && seatingColumns(room) > PORTRAIT_MAX_COLUMNS ? 'landscape' : 'portrait';

/**
 * Each room starts on a new page, turned as its layout needs; the first needs no break, so no
 * page is left blank (the document's orientation is the first room's).
 */
function perRoom(
  rooms: RoomSheetView[],
  chart: boolean,
  page: (room: RoomSheetView) => Content[],
): Content[] {
  if (rooms.length === 0) throw new Error('没有可生成的考场');
  return rooms.map((room, i) =>
    i === 0
      ? { stack: page(room) }
      : { stack: page(room), pageBreak: 'before', pageOrientation: orientationOf(room, chart) },
  );
}

/** Font sizes and side padding that keep a ticket number and a four-character name on one line. */
function seatFonts(columns: number) {
  if (columns <= 6) return { number: 16, ticket: 8.5, name: 12, small: 8, pad: 4 };
  if (columns <= 10) return { number: 13, ticket: 7.5, name: 10, small: 7, pad: 3 };
  return { number: 10, ticket: 5.5, name: 7, small: 5.5, pad: 1 };
}

function seatCell(n: number, seat: RoomSheetSeat | undefined, columns: number): TableCell {
  const f = seatFonts(columns);
  const number = { text: String(n).padStart(2, '0'), fontSize: f.number, bold: true };
  if (!seat) return { stack: [number, { text: '（空座）', color: '#999999', fontSize: f.small }] };
  const lines: Content[] = [
    number,
    { text: seat.ticketNumber, fontSize: f.ticket },
    { text: seat.name, fontSize: f.name, bold: true },
    { text: seat.paperCategory, fontSize: f.small },
  ];
  if (seat.cancelled) lines.push({ text: CANCELLED_MARK, fontSize: f.small, bold: true });
  return seat.cancelled ? { stack: lines, color: '#777777' } : { stack: lines };
}

/** Seat 1 at the front left, filling each row left to right; numbers without a candidate stay empty. */
function seatGrid(room: RoomSheetView): Content {
  const columns = seatingColumns(room);
  const bySeat = new Map(room.seats.map((s) => [s.seat, s]));
  const last = Math.max(room.capacity, ...room.seats.map((s) => s.seat));
  const rows: TableCell[][] = [];
  for (let first = 1; first <= last; first += columns) {
    const row: TableCell[] = [];
    for (let n = first; n < first + columns; n++) {
      row.push(n <= last ? seatCell(n, bySeat.get(n), columns) : { text: '' });
    }
    rows.push(row);
  }
  return {
    table: {
      widths: Array<string>(columns).fill('*'),
      heights: SEAT_ROW_HEIGHT,
      dontBreakRows: true,
      body: rows,
    },
    layout: {
      paddingTop: () => 6,
      paddingBottom: () => 6,
      paddingLeft: () => seatFonts(columns).pad,
      paddingRight: () => seatFonts(columns).pad,
    },
    alignment: 'center',
  };
}

/**
 * The front of the room, centred whatever the page width, so the grid reads the way the
 * candidates face it. A function, not a shared constant: pdfmake rewrites nodes while laying
 * them out, a reused node prints empty.
 */
function podium(): Content {
  return {
    columns: [
      { width: '*', text: '' },
      { width: 120, table: { widths: [120], body: [[{ text: '讲　台', bold: true }]] } },
      { width: '*', text: '' },
    ],
    alignment: 'center',
    margin: [0, 0, 0, 10],
  };
}

/** 考场座位表: one page (more for a very large room) per exam room, seats in rows as the room has them. */
export function buildSeatingChartDoc(rooms: RoomSheetView[]): TDocumentDefinitions {
  assertRoomSheetsMasked(rooms);
  return {
    pageSize: 'A4',
    pageOrientation: rooms.length ? orientationOf(rooms[0], true) : 'portrait',
    pageMargins: [40, 40, 40, 44],
    info: { title: '考场座位表' },
    defaultStyle: { fontSize: 10 },
    footer: pageFooter,
    content: perRoom(rooms, true, (room) => [
      ...roomHeading(room, '考场座位表'),
      podium(),
      seatGrid(room),
    ]),
    styles: { ...HEADING_STYLES },
  };
}

function signInRow(room: RoomSheetView, seat: RoomSheetSeat): TableCell[] {
  const texts = [
    String(seat.seat),
    seat.ticketNumber,
    seat.name,
    seat.maskedIdNumber,
    seat.unitName,
    seatSubject(room, seat),
  ];
  const cells: TableCell[] = texts.map((text) => ({ text, verticalAlignment: 'middle' }));
  const signature: TableCell = seat.cancelled
    ? { text: CANCELLED_MARK, bold: true, verticalAlignment: 'middle' }
    : { text: '', verticalAlignment: 'middle' };
  return [...cells, signature, { text: '', verticalAlignment: 'middle' }];
}

/**
 * The room's name rides in the repeated header, so a page that comes loose from the stack
 * still says which exam room and time it belongs to.
 */
function signInHeader(room: RoomSheetView): TableCell[][] {
  const when = `${formatChineseDate(room.date)} ${formatTimeRange(room.startTime, room.endTime)}`;
  const where: TableCell = {
    text: `${room.venueName}\u3000${roomLabel(room)}\u3000${when}`,
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
      widths: [34, 56, 40, 80, '*', 80, 50, 30],
      heights: (row: number) => (row < 2 ? 'auto' : SIGNATURE_ROW_HEIGHT),
      body: [...signInHeader(room), ...room.seats.map((s) => signInRow(room, s))],
    },
    layout: { fillColor: (rowIndex: number) => (rowIndex === 1 ? '#eeeeee' : null) },
    fontSize: 8.5,
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

/** 考场签到表: one table per exam room, its header repeated on every page, never a full ID number. */
export function buildSignInSheetDoc(rooms: RoomSheetView[]): TDocumentDefinitions {
  assertRoomSheetsMasked(rooms);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 64],
    info: { title: '考场签到表' },
    defaultStyle: { fontSize: 10 },
    footer: signInFooter,
    content: perRoom(rooms, false, (room) => [
      ...roomHeading(room, '考场签到表'),
      signInTable(room),
      { text: attendanceLine(room), margin: [0, 10, 0, 0] },
    ]),
    styles: { ...HEADING_STYLES },
  };
}
