/** Ids per `IN (…)` list: far below SQLite's and PostgreSQL's bound-parameter limits. */
export const IN_CHUNK = 500;

/**
 * Loads the rows of many ids a chunk at a time, one after another, so a season's 20,000
 * candidates never make one statement with 20,000 parameters (SQLite allows 32,766, and a
 * longer list costs more to plan than several short ones).
 */
export async function loadInChunks<T>(
  ids: readonly string[],
  load: (part: string[]) => Promise<T[]>,
  size = IN_CHUNK,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += size) out.push(...(await load(ids.slice(i, i + size))));
  return out;
}
