import type { AllocSitting, SeatAssignment } from './allocation.types';
import { examRoomLabel, numberExamRooms } from './exam-rooms';

const sitting = (id: string, start: string, venueId = 'v1'): AllocSitting => ({
  sittingId: id,
  paperCategory: '综合',
  component: 'theory',
  venueId,
  start,
  end: start.replace('09:00', '11:00'),
  order: 0,
});
const seat = (sittingId: string, roomId: string, n: number, examRoom = 0): SeatAssignment => ({
  sittingId,
  registrationId: `${sittingId}-${roomId}-${n}`,
  roomId,
  seat: n,
  examRoom,
});
const rooms = [
  { roomId: 'a', venueId: 'v1', order: 2, capacity: 30 },
  { roomId: 'b', venueId: 'v1', order: 1, capacity: 30 },
];

describe('examRoomLabel', () => {
  it.each([
    [3, '第003考场'],
    [42, '第042考场'],
    [999, '第999考场'],
  ])('%i → %s', (n, label) => expect(examRoomLabel(n)).toBe(label));
});

describe('numberExamRooms', () => {
  const sat = sitting('sat', '2025-09-13T09:00');
  const sun = sitting('sun', '2025-09-14T09:00');

  it('numbers rooms by time, then room order, one number per room and time', () => {
    const out = numberExamRooms(
      [seat('sun', 'a', 1), seat('sat', 'a', 1), seat('sat', 'b', 1), seat('sat', 'b', 2)],
      [[sun], [sat]],
      rooms,
    );
    expect(out.map((a) => `${a.sittingId}/${a.roomId}:${a.examRoom}`)).toEqual([
      'sun/a:3',
      'sat/a:2',
      'sat/b:1',
      'sat/b:1',
    ]);
  });

  it('keeps the numbers rooms already had and appends new ones after the highest', () => {
    const out = numberExamRooms(
      [seat('sun', 'a', 1, 7), seat('sat', 'a', 1), seat('sat', 'b', 1, 2), seat('sat', 'b', 2)],
      [[sat], [sun]],
      rooms,
    );
    expect(out.map((a) => a.examRoom)).toEqual([7, 8, 2, 2]);
  });

  it('never gives two rooms the same number, even if both had it', () => {
    const out = numberExamRooms(
      [seat('sat', 'a', 1, 4), seat('sun', 'a', 1, 4)],
      [[sat], [sun]],
      rooms,
    );
    expect(out.map((a) => a.examRoom)).toEqual([4, 5]);
  });
});
