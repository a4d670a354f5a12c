import {
  AllocationPlan,
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
  component = 'theory',
): AllocSitting => ({
  sittingId: id,
  paperCategory,
  component,
  venueId,
  start,
  end,
  order: 0,
});
const practical = (id: string, paperCategory: string, day = '13', venueId = 'v1') =>
  sitting(id, paperCategory, `2025-09-${day}T14:00`, `2025-09-${day}T16:00`, venueId, 'practical');
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
      sittings: [sitting('theory', '电工'), practical('practical', '电工')],
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

/** Each candidate's sittings, by component. */
function sittingsOf(plan: AllocationPlan, all: readonly AllocSitting[]) {
  const component = new Map(all.map((s) => [s.sittingId, s.component]));
  const out = new Map<string, string[]>();
  for (const a of plan.assignments) {
    out.set(a.registrationId, [...(out.get(a.registrationId) ?? []), component.get(a.sittingId)!]);
  }
  return out;
}

/** The ticket key (考场号 and seat) of every theory seat. */
const theoryKeys = (plan: AllocationPlan, theory: string[]) =>
  plan.assignments
    .filter((a) => theory.includes(a.sittingId))
    .map((a) => `${a.examRoom}/${a.seat}`);

describe('planAllocation with several sittings of one category', () => {
  const split = [
    sitting('t-sat', '综合', '2025-09-13T09:00', '2025-09-13T11:00'),
    sitting('t-sun', '综合', '2025-09-14T09:00', '2025-09-14T11:00'),
    practical('p-sat', '综合', '13'),
    practical('p-sun', '综合', '14'),
  ];
  const input = {
    sittings: split,
    rooms: [room('r1', 30, 1), room('r2', 10, 2)],
    candidates: people(70, '综合'),
    existing: [],
    seed: 's',
  };
  const plan = planAllocation(input);

  it('seats every candidate in exactly one theory and one practical sitting', () => {
    expect(plan.shortages).toEqual([]);
    const per = sittingsOf(plan, split);
    expect(per.size).toBe(70);
    for (const components of per.values())
      expect(components.sort()).toEqual(['practical', 'theory']);
    expect(plan.assignments.filter((a) => a.sittingId === 't-sat')).toHaveLength(40);
    expect(plan.assignments.filter((a) => a.sittingId === 't-sun')).toHaveLength(30);
  });

  it('keeps whoever sits the first theory sitting in the first practical one', () => {
    const sat = (id: string) =>
      new Set(plan.assignments.filter((a) => a.sittingId === id).map((a) => a.registrationId));
    expect(sat('p-sat')).toEqual(sat('t-sat'));
  });

  it('gives one room on two days two 考场号, so ticket numbers never repeat', () => {
    const keys = theoryKeys(plan, ['t-sat', 't-sun']);
    expect(new Set(keys).size).toBe(70);
    const numbers = (id: string) =>
      new Set(plan.assignments.filter((a) => a.sittingId === id).map((a) => a.examRoom));
    expect(numbers('t-sat')).toEqual(new Set([1, 2]));
    expect(numbers('p-sat')).toEqual(new Set([3, 4]));
    expect(numbers('t-sun')).toEqual(new Set([5])); // 30 fit the larger room
    expect(numbers('p-sun')).toEqual(new Set([6]));
    expect(plan.examRooms).toBe(6);
  });

  it('splits across venues at the same time, serving a single-sitting category first', () => {
    const sittings = [
      sitting('elec', '电工'),
      sitting('gen-v1', '综合'),
      sitting('gen-v2', '综合', undefined, undefined, 'v2'),
      practical('elec-p', '电工'),
      practical('gen-p', '综合', '14'),
    ];
    const p = planAllocation({
      sittings,
      rooms: [room('r1', 40, 1), room('r2', 50, 2, 'v2'), room('r3', 40, 3)],
      candidates: [...people(30, '电工'), ...people(60, '综合')],
      existing: [],
      seed: 's',
    });
    expect(p.shortages).toEqual([]);
    const count = (id: string) => p.assignments.filter((a) => a.sittingId === id).length;
    expect([count('elec'), count('gen-v1'), count('gen-v2')]).toEqual([30, 50, 10]);
  });

  it('reports a shortage on the last sitting of the category', () => {
    const p = planAllocation({ ...input, candidates: people(90, '综合') });
    expect(p.shortages).toEqual([
      { sittingId: 't-sun', paperCategory: '综合', needed: 50, available: 40, missing: 10 },
      { sittingId: 'p-sun', paperCategory: '综合', needed: 50, available: 40, missing: 10 },
    ]);
  });

  it('keeps everyone in their sitting and 考场号 on a re-run, adding newcomers after them', () => {
    const later = planAllocation({
      ...input,
      candidates: people(72, '综合'),
      existing: plan.assignments,
    });
    expect(later).toMatchObject({ kept: 140, placed: 4, released: 0 });
    for (const a of plan.assignments) expect(later.assignments).toContainEqual(a);
    expect(new Set(theoryKeys(later, ['t-sat', 't-sun'])).size).toBe(72);
  });
});

describe('exam rooms (考场) shared by several categories', () => {
  const sittings = [sitting('elec', '电工'), sitting('drv', '汽车驾驶员')];
  const plan = planAllocation({
    sittings,
    rooms: [room('r1', 30, 1)],
    candidates: [...people(26, '电工'), ...people(4, '汽车驾驶员')],
    existing: [],
    seed: 's',
  });

  it('gives everyone in one room at one time the same 考场号 and distinct seats', () => {
    expect(new Set(plan.assignments.map((a) => a.examRoom))).toEqual(new Set([1]));
    expect(new Set(plan.assignments.map((a) => a.seat)).size).toBe(30);
  });

  it('releases a kept seat another sitting now holds at the same time, and seats that one again', () => {
    // Two sittings that did not overlap when seated, each with seat 1 of r1, now overlap.
    const existing = [
      { sittingId: 'elec', registrationId: '电工-0', roomId: 'r1', seat: 1, examRoom: 1 },
      { sittingId: 'drv', registrationId: '汽车驾驶员-0', roomId: 'r1', seat: 1, examRoom: 2 },
    ];
    const p = planAllocation({
      sittings,
      rooms: [room('r1', 30, 1)],
      candidates: [...people(1, '电工'), ...people(1, '汽车驾驶员')],
      existing,
      seed: 's',
    });
    expect(p).toMatchObject({ kept: 1, placed: 1, released: 1 });
    expect(p.assignments.map((a) => `${a.examRoom}/${a.seat}`).sort()).toEqual(['1/1', '1/2']);
  });

  it('releases a seat beyond the room capacity', () => {
    const p = planAllocation({
      sittings: [sitting('elec', '电工')],
      rooms: [room('r1', 10, 1)],
      candidates: people(1, '电工'),
      existing: [
        { sittingId: 'elec', registrationId: '电工-0', roomId: 'r1', seat: 12, examRoom: 1 },
      ],
      seed: 's',
    });
    expect(p).toMatchObject({ kept: 0, placed: 1, released: 1 });
    expect(p.assignments[0].seat).toBe(1);
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
