import { assembleRoomSheets, type SheetSeatRow, type SheetSitting } from './room-sheets';

const sittings: Record<string, SheetSitting> = {
  elec: { id: 'elec', paperCategory: '电工', componentName: '理论考试', date: '2025-09-13', startTime: '09:00', endTime: '11:00' },
  drv: { id: 'drv', paperCategory: '汽车驾驶员', componentName: '理论考试', date: '2025-09-13', startTime: '09:30', endTime: '11:30' },
}; // prettier-ignore

const seat = (examRoom: number, n: number, sittingId: string, cancelled = false): SheetSeatRow => ({
  examRoom,
  seat: n,
  sittingId,
  roomId: `r${examRoom}`,
  candidate: {
    ticketNumber: `2025400${examRoom}0${n}`,
    name: `考生${n}`,
    maskedIdNumber: '2102**********101X',
    unitName: '大连市财政局',
    occupation: '维修电工',
    cancelled,
  },
});

describe('assembleRoomSheets', () => {
  const sheets = assembleRoomSheets(
    '2025年度考核',
    [seat(3, 2, 'drv'), seat(1, 1, 'elec'), seat(3, 1, 'elec'), seat(3, 3, 'elec', true)],
    (id) => sittings[id],
    (id) => ({ name: `房间${id}`, capacity: 30, seatsPerRow: null, venueName: '第一考点' }),
  );

  it('makes one sheet per exam room, in number order', () => {
    expect(sheets.map((s) => s.examRoom)).toEqual([1, 3]);
  });

  it('puts every category of a shared room on its sheet, in seat order, with its own sitting', () => {
    const shared = sheets[1];
    expect(shared.seats.map((s) => [s.seat, s.paperCategory, s.cancelled])).toEqual([
      [1, '电工', false],
      [2, '汽车驾驶员', false],
      [3, '电工', true],
    ]);
    expect(shared.sittings.map((s) => [s.paperCategory, s.count])).toEqual([
      ['电工', 2],
      ['汽车驾驶员', 1],
    ]);
  });

  it('spans the room from the first start to the last end', () => {
    expect(sheets[1]).toMatchObject({ startTime: '09:00', endTime: '11:30', roomName: '房间r3' });
    expect(sheets[0]).toMatchObject({ startTime: '09:00', endTime: '11:00' });
  });
});
