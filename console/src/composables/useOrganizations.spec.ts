import { describe, expect, it, vi } from 'vitest';
import { readAll } from './useOrganizations';

describe('readAll', () => {
  it('reads page after page until the total is reached', async () => {
    const items = Array.from({ length: 230 }, (_, i) => i);
    const page = vi.fn(async (p: number) => ({
      items: items.slice((p - 1) * 100, p * 100),
      total: 230,
    }));
    expect(await readAll(page)).toEqual(items);
    expect(page).toHaveBeenCalledTimes(3);
  });

  it('stops on an empty page even if the total says more', async () => {
    const page = vi.fn(async () => ({ items: [], total: 5 }));
    expect(await readAll(page)).toEqual([]);
    expect(page).toHaveBeenCalledOnce();
  });
});
