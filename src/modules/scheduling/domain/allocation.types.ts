/** What seat allocation works on: plain values, no entities. */
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
  /** theory | practical: each candidate sits one sitting of each component of their category. */
  component: string;
  venueId: string;
  /** Comparable instants (e.g. `2025-09-13T09:00`): sittings that overlap share their venue's rooms. */
  start: string;
  end: string;
  /** Among sittings of one category and component at the same time, which fills first (e.g. as created). */
  order: number;
}

export interface SeatAssignment {
  sittingId: string;
  registrationId: string;
  roomId: string;
  seat: number;
  /** 考场号: this room at this time (its overlapping sittings), numbered across the session. */
  examRoom: number;
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
  /** How many exam rooms (考场) the plan uses: the highest 考场号. */
  examRooms: number;
}

export interface AllocationInput {
  sittings: readonly AllocSitting[];
  rooms: readonly AllocRoom[];
  candidates: readonly AllocCandidate[];
  existing: readonly SeatAssignment[];
  seed: string;
}
