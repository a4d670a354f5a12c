/**
 * Places candidates in rooms and seats: one theory and one practical sitting each. Pure and
 * deterministic for a given seed; existing seats are kept (late changes do not reshuffle
 * anyone); what does not fit is reported, nothing is guessed.
 */
import type {
  AllocationInput,
  AllocationPlan,
  AllocCandidate,
  AllocRoom,
  AllocSitting,
} from './allocation.types';
import { numberExamRooms } from './exam-rooms';
import { chooseSittings } from './sitting-choice';

export type {
  AllocationInput,
  AllocationPlan,
  AllocCandidate,
  AllocRoom,
  AllocSitting,
  SeatAssignment,
  Shortage,
} from './allocation.types';

export function planAllocation(input: AllocationInput): AllocationPlan {
  const plan: AllocationPlan = {
    assignments: [],
    kept: 0,
    placed: 0,
    released: 0,
    shortages: [],
    examRooms: 0,
  };
  const groups = overlapGroups(input.sittings);
  const chosen = chooseSittings(input, shuffle(input.candidates, `${input.seed}:sittings`), groups);
  const known = new Set(input.sittings.map((s) => s.sittingId));
  plan.released += input.existing.filter((a) => !known.has(a.sittingId)).length;
  for (const group of groups) {
    const taken = new Map<string, Set<number>>(); // roomId → seats in use during the group
    const rooms = input.rooms
      .filter((r) => r.venueId === group[0].venueId)
      .sort((a, b) => a.order - b.order);
    const owner = new Map<string, string>(); // roomId → sittingId that holds it (one category per room)
    const work = group.map((s) => prepare(s, input, chosen, rooms, plan, taken, owner));
    // Biggest needs pick whole rooms first, so rooms stay single-category where possible.
    for (const w of [...work].sort((a, b) => b.pending.length - a.pending.length)) {
      claimRooms(w, rooms, owner, taken);
    }
    for (const w of work) fill(w, rooms, owner, taken, input.seed, plan);
  }
  plan.assignments = numberExamRooms(plan.assignments, groups, input.rooms);
  plan.examRooms = plan.assignments.reduce((m, a) => Math.max(m, a.examRoom), 0);
  return plan;
}

interface SittingWork {
  sitting: AllocSitting;
  pending: AllocCandidate[];
  rooms: string[];
}

/**
 * Keeps the existing seats that still hold (the candidate sits this sitting, the room is at its
 * venue, the seat exists and nobody else in the room has it at that time), releases the others,
 * lists who still needs a seat.
 */
function prepare(
  s: AllocSitting,
  input: AllocationInput,
  chosen: Map<string, Set<string>>,
  venueRooms: readonly AllocRoom[],
  plan: AllocationPlan,
  taken: Map<string, Set<number>>,
  owner: Map<string, string>,
): SittingWork {
  const mine = chosen.get(s.sittingId)!;
  const eligible = new Map(
    input.candidates.filter((c) => mine.has(c.registrationId)).map((c) => [c.registrationId, c]),
  );
  const rooms: string[] = [];
  for (const a of input.existing.filter((x) => x.sittingId === s.sittingId)) {
    const room = venueRooms.find((r) => r.roomId === a.roomId);
    const used = seatsOf(taken, a.roomId);
    if (!eligible.has(a.registrationId) || !room || a.seat > room.capacity || used.has(a.seat)) {
      plan.released += 1;
      continue;
    }
    eligible.delete(a.registrationId);
    used.add(a.seat);
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
        examRoom: 0, // numbered once every group is placed
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
