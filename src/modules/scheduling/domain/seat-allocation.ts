/**
 * Places candidates in rooms and seats for each sitting. Pure and
 * deterministic for a given seed; existing seats are kept (late changes do not
 * reshuffle anyone); what does not fit is reported, nothing is guessed.
 */
export interface AllocCandidate {
  registrationId: string;
  unitId: string;
  paperCategory: string;
}

export interface AllocRoom {
  roomId: string;
  venueId: string;
  /** Sorts rooms (e.g. the room number). */
  order: number;
  capacity: number;
}

export interface AllocSitting {
  sittingId: string;
  paperCategory: string;
  venueId: string;
  /** Comparable instants (e.g. `2025-09-13T09:00`): sittings that overlap share their venue's rooms. */
  start: string;
  end: string;
}

export interface SeatAssignment {
  sittingId: string;
  registrationId: string;
  roomId: string;
  seat: number;
}

export interface Shortage {
  sittingId: string;
  paperCategory: string;
  needed: number;
  available: number;
  missing: number;
}

export interface AllocationPlan {
  assignments: SeatAssignment[];
  kept: number;
  placed: number;
  released: number;
  shortages: Shortage[];
}

export interface AllocationInput {
  sittings: readonly AllocSitting[];
  rooms: readonly AllocRoom[];
  candidates: readonly AllocCandidate[];
  existing: readonly SeatAssignment[];
  seed: string;
}

export function planAllocation(input: AllocationInput): AllocationPlan {
  const plan: AllocationPlan = { assignments: [], kept: 0, placed: 0, released: 0, shortages: [] };
  const taken = new Map<string, Set<number>>(); // roomId → seats in use across overlapping sittings
  const groups = overlapGroups(input.sittings);
  for (const group of groups) {
    taken.clear();
    const rooms = input.rooms
      .filter((r) => r.venueId === group[0].venueId)
      .sort((a, b) => a.order - b.order);
    const owner = new Map<string, string>(); // roomId → sittingId that holds it (one category per room)
    const work = group.map((s) => prepare(s, input, plan, taken, owner));
    // Biggest needs pick whole rooms first, so rooms stay single-category where possible.
    for (const w of [...work].sort((a, b) => b.pending.length - a.pending.length)) {
      claimRooms(w, rooms, owner, taken);
    }
    for (const w of work) fill(w, rooms, owner, taken, input.seed, plan);
  }
  return plan;
}

interface SittingWork {
  sitting: AllocSitting;
  pending: AllocCandidate[];
  rooms: string[];
}

/** Keeps still-valid existing seats, releases the others, lists who still needs a seat. */
function prepare(
  s: AllocSitting,
  input: AllocationInput,
  plan: AllocationPlan,
  taken: Map<string, Set<number>>,
  owner: Map<string, string>,
): SittingWork {
  const eligible = new Map(
    input.candidates
      .filter((c) => c.paperCategory === s.paperCategory)
      .map((c) => [c.registrationId, c]),
  );
  const rooms: string[] = [];
  const roomIds = new Set(input.rooms.filter((r) => r.venueId === s.venueId).map((r) => r.roomId));
  for (const a of input.existing.filter((x) => x.sittingId === s.sittingId)) {
    if (!eligible.has(a.registrationId) || !roomIds.has(a.roomId)) {
      plan.released += 1;
      continue;
    }
    eligible.delete(a.registrationId);
    seatsOf(taken, a.roomId).add(a.seat);
    if (!owner.has(a.roomId)) owner.set(a.roomId, s.sittingId);
    if (!rooms.includes(a.roomId)) rooms.push(a.roomId);
    plan.assignments.push({ ...a });
    plan.kept += 1;
  }
  return { sitting: s, pending: [...eligible.values()], rooms };
}

function claimRooms(
  w: SittingWork,
  rooms: readonly AllocRoom[],
  owner: Map<string, string>,
  taken: Map<string, Set<number>>,
) {
  let free = w.rooms.reduce((n, id) => n + freeSeats(rooms, id, taken), 0);
  for (const r of rooms) {
    if (free >= w.pending.length) return;
    if (owner.has(r.roomId)) continue;
    owner.set(r.roomId, w.sitting.sittingId);
    w.rooms.push(r.roomId);
    free += freeSeats(rooms, r.roomId, taken);
  }
}

/** Seats the pending candidates, spreading each unit; overflow may share another sitting's room. */
function fill(
  w: SittingWork,
  rooms: readonly AllocRoom[],
  owner: Map<string, string>,
  taken: Map<string, Set<number>>,
  seed: string,
  plan: AllocationPlan,
) {
  const queue = spreadByUnit(shuffle(w.pending, `${seed}:${w.sitting.sittingId}`));
  const shared = rooms.filter((r) => !w.rooms.includes(r.roomId)).map((r) => r.roomId);
  const order = [...w.rooms.sort((a, b) => orderOf(rooms, a) - orderOf(rooms, b)), ...shared];
  const available = order.reduce((n, id) => n + freeSeats(rooms, id, taken), 0);
  let i = 0;
  for (const roomId of order) {
    const room = rooms.find((r) => r.roomId === roomId)!;
    const used = seatsOf(taken, roomId);
    for (let seat = 1; seat <= room.capacity && i < queue.length; seat++) {
      if (used.has(seat)) continue;
      used.add(seat);
      if (!owner.has(roomId)) owner.set(roomId, w.sitting.sittingId);
      plan.assignments.push({
        sittingId: w.sitting.sittingId,
        registrationId: queue[i++].registrationId,
        roomId,
        seat,
      });
      plan.placed += 1;
    }
  }
  if (i < queue.length) {
    const needed = queue.length;
    plan.shortages.push({
      sittingId: w.sitting.sittingId,
      paperCategory: w.sitting.paperCategory,
      needed,
      available,
      missing: needed - i,
    });
  }
}

/** Sittings at the same venue whose times overlap (transitively) share its rooms. */
export function overlapGroups(sittings: readonly AllocSitting[]): AllocSitting[][] {
  const sorted = [...sittings].sort(
    (a, b) => a.venueId.localeCompare(b.venueId) || a.start.localeCompare(b.start),
  );
  const groups: AllocSitting[][] = [];
  for (const s of sorted) {
    const last = groups[groups.length - 1];
    if (last && last[0].venueId === s.venueId && last.some((x) => x.end > s.start)) last.push(s);
    else groups.push([s]);
  }
  return groups;
}

/**
 * Orders candidates so that neighbours come from different units where
 * possible: units by size, then round-robin.
 */
export function spreadByUnit<T extends { unitId: string }>(items: readonly T[]): T[] {
  const byUnit = new Map<string, T[]>();
  for (const it of items) byUnit.set(it.unitId, [...(byUnit.get(it.unitId) ?? []), it]);
  const lists = [...byUnit.values()].sort((a, b) => b.length - a.length);
  const out: T[] = [];
  while (out.length < items.length) {
    for (const l of lists) {
      const next = l.shift();
      if (next) out.push(next);
    }
  }
  return out;
}

/** Fisher–Yates with a PRNG seeded from the text (mulberry32 over FNV-1a). */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  const rand = () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const seatsOf = (taken: Map<string, Set<number>>, roomId: string) => {
  let s = taken.get(roomId);
  if (!s) taken.set(roomId, (s = new Set()));
  return s;
};
const freeSeats = (rooms: readonly AllocRoom[], roomId: string, taken: Map<string, Set<number>>) =>
  (rooms.find((r) => r.roomId === roomId)?.capacity ?? 0) - (taken.get(roomId)?.size ?? 0);
const orderOf = (rooms: readonly AllocRoom[], roomId: string) =>
  rooms.find((r) => r.roomId === roomId)?.order ?? 0;
