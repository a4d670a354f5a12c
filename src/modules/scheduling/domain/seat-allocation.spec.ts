import {
  AllocCandidate,
  AllocRoom,
  AllocSitting,
  planAllocation,
  shuffle,
  spreadByUnit,
} from './seat-allocation';

const room = (id: string, capacity: number, order: number, venueId = 'v1'): AllocRoom => ({
  roomId: id,
  venueId,
  order,
  capacity,
});
const sitting = (
  id: string,
  paperCategory: string,
  start = '2025-09-13T09:00',
  end = '2025-09-13T11:00',
  venueId = 'v1',
): AllocSitting => ({
  sittingId: id,
  paperCategory,
  venueId,
  start,
  end,
});
const people = (n: number, category: string, units = 3, prefix = category): AllocCandidate[] =>
  Array.from({ length: n }, (_, i) => ({
    registrationId: `${prefix}-${i}`,
    unitId: `u${i % units}`,
    paperCategory: category,
  }));

describe('planAllocation', () => {
  it('seats every candidate once, deterministically for a seed', () => {
    const input = {
      sittings: [sitting('s1', '电工')],
      rooms: [room('r1', 30, 1), room('r2', 30, 2)],
      candidates: people(45, '电工'),
      existing: [],
      seed: 'x',
    };
    const a = planAllocation(input);
    expect(a.shortages).toEqual([]);
    expect(a.placed).toBe(45);
    expect(new Set(a.assignments.map((x) => x.registrationId)).size).toBe(45);
    expect(new Set(a.assignments.map((x) => `${x.roomId}/${x.seat}`)).size).toBe(45);
    expect(planAllocation(input)).toEqual(a);
    expect(planAllocation({ ...input, seed: 'y' }).assignments).not.toEqual(a.assignments);
  });

  it('keeps rooms to one paper category when there are enough rooms', () => {
    const plan = planAllocation({
      sittings: [sitting('s1', '电工'), sitting('s2', '综合')],
      rooms: [room('r1', 30, 1), room('r2', 30, 2), room('r3', 30, 3)],
      candidates: [...people(40, '电工'), ...people(20, '综合')],
      existing: [],
      seed: 's',
    });
    const categoriesPerRoom = new Map<string, Set<string>>();
    for (const a of plan.assignments) {
      categoriesPerRoom.set(
        a.roomId,
        (categoriesPerRoom.get(a.roomId) ?? new Set()).add(a.sittingId),
      );
    }
    expect([...categoriesPerRoom.values()].every((s) => s.size === 1)).toBe(true);
  });

  it('lets sittings at different times reuse the same rooms', () => {
    const plan = planAllocation({
      sittings: [
        sitting('theory', '电工'),
        sitting('practical', '电工', '2025-09-13T14:00', '2025-09-13T16:00'),
      ],
      rooms: [room('r1', 30, 1)],
      candidates: people(30, '电工'),
      existing: [],
      seed: 's',
    });
    expect(plan.shortages).toEqual([]);
    expect(plan.placed).toBe(60);
  });

  it('reports which sitting lacks how many seats', () => {
    const plan = planAllocation({
      sittings: [sitting('s1', '电工'), sitting('s2', '综合')],
      rooms: [room('r1', 30, 1)],
      candidates: [...people(25, '电工'), ...people(10, '综合')],
      existing: [],
      seed: 's',
    });
    expect(plan.shortages).toEqual([
      { sittingId: 's2', paperCategory: '综合', needed: 10, available: 5, missing: 5 },
    ]);
  });

  it('places late changes without moving anyone else', () => {
    const base = {
      sittings: [sitting('s1', '电工')],
      rooms: [room('r1', 30, 1), room('r2', 30, 2)],
      seed: 's',
    };
    const first = planAllocation({ ...base, candidates: people(20, '电工'), existing: [] });
    const later = people(22, '电工').filter((c) => c.registrationId !== '电工-3');
    const second = planAllocation({ ...base, candidates: later, existing: first.assignments });
    expect(second).toMatchObject({ kept: 19, placed: 2, released: 1 });
    for (const a of first.assignments.filter((x) => x.registrationId !== '电工-3')) {
      expect(second.assignments).toContainEqual(a);
    }
    const freed = first.assignments.find((x) => x.registrationId === '电工-3')!;
    expect(second.assignments.some((x) => x.roomId === freed.roomId && x.seat === freed.seat)).toBe(
      true,
    );
  });
});

describe('spreadByUnit', () => {
  it('never seats two of one unit side by side when others remain', () => {
    const seq = spreadByUnit([
      ...people(6, 'x', 1, 'a'),
      ...people(5, 'x', 1, 'b').map((p) => ({ ...p, unitId: 'u9' })),
    ]);
    for (let i = 1; i < seq.length; i++) expect(seq[i].unitId).not.toBe(seq[i - 1].unitId);
  });
  it('shuffles deterministically', () => {
    expect(shuffle([1, 2, 3, 4, 5], 'k')).toEqual(shuffle([1, 2, 3, 4, 5], 'k'));
  });
});
