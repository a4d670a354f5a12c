import type { AllocationInput, AllocCandidate, AllocSitting } from './allocation.types';

/**
 * Which sitting of each component every candidate sits: exactly one theory and one practical
 * sitting of their paper category. A candidate who already holds a seat in one keeps that
 * sitting. The others fill their category's sittings in time order (then `order`), each up to the seats its
 * venue has left at that time, the last taking the rest (so a shortage is reported there);
 * categories with a single sitting are served first, as they have no other choice.
 *
 * `ordered` is the candidates in a seeded order; `groups` the sittings that share rooms.
 * Answers sittingId → the candidates who sit it.
 */
export function chooseSittings(
  input: AllocationInput,
  ordered: readonly AllocCandidate[],
  groups: readonly AllocSitting[][],
): Map<string, Set<string>> {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((s) => groupOf.set(s.sittingId, i)));
  const free = groups.map((g) =>
    input.rooms.filter((r) => r.venueId === g[0].venueId).reduce((n, r) => n + r.capacity, 0),
  );
  const demand = groups.map(() => 0);
  const chosen = new Map(input.sittings.map((s) => [s.sittingId, new Set<string>()]));
  const pools = poolsOf(input.sittings);
  const pending = new Map<Pool, AllocCandidate[]>();
  const rankOf = new Map<string, number>(); // registrationId → rank of their theory sitting
  const held = new Set(input.existing.map((a) => `${a.registrationId}/${a.sittingId}`));
  for (const pool of pools) {
    const waiting: AllocCandidate[] = [];
    for (const c of ordered.filter((x) => x.paperCategory === pool.paperCategory)) {
      const kept = pool.options.find((s) => held.has(`${c.registrationId}/${s.sittingId}`));
      if (kept) take(kept, c);
      else waiting.push(c);
    }
    pending.set(pool, waiting);
  }
  for (const pool of pools) {
    // Practical follows theory: whoever sits the first theory sitting fills the first practical one.
    const waiting = [...pending.get(pool)!].sort(
      (a, b) => (rankOf.get(a.registrationId) ?? 0) - (rankOf.get(b.registrationId) ?? 0),
    );
    pool.options.forEach((s, i) => {
      const g = groupOf.get(s.sittingId)!;
      const room = Math.max(0, free[g] - demand[g]);
      const n = i === pool.options.length - 1 ? waiting.length : Math.min(room, waiting.length);
      for (const c of waiting.splice(0, n)) take(s, c);
    });
  }
  return chosen;

  function take(s: AllocSitting, c: AllocCandidate) {
    chosen.get(s.sittingId)!.add(c.registrationId);
    demand[groupOf.get(s.sittingId)!] += 1;
    const pool = pools.find((p) => p.options.includes(s))!;
    if (s.component === 'theory') rankOf.set(c.registrationId, pool.options.indexOf(s));
  }
}

interface Pool {
  paperCategory: string;
  component: string;
  /** The pool's sittings in time order. */
  options: AllocSitting[];
}

/** Pools with one sitting first, then theory before practical, then by category. */
function poolsOf(sittings: readonly AllocSitting[]): Pool[] {
  const byKey = new Map<string, Pool>();
  const sorted = [...sittings].sort((a, b) => a.start.localeCompare(b.start) || a.order - b.order);
  for (const s of sorted) {
    const key = `${s.paperCategory}\u0000${s.component}`;
    const pool = byKey.get(key) ?? {
      paperCategory: s.paperCategory,
      component: s.component,
      options: [],
    };
    pool.options.push(s);
    byKey.set(key, pool);
  }
  const rank = (p: Pool) => [p.options.length > 1 ? 1 : 0, p.component === 'theory' ? 0 : 1];
  return [...byKey.values()].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || (a.paperCategory < b.paperCategory ? -1 : 1);
  });
}
