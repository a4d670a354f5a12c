import { describe, expect, it, vi } from 'vitest';
import { nextTick, reactive } from 'vue';
import type { LocationQuery } from 'vue-router';
import { ApiError } from '@/api/errors';
import { type QueryStore, usePageTable } from './usePageTable';

function memoryStore(
  initial: LocationQuery = {},
): QueryStore & { state: { query: LocationQuery } } {
  const state = reactive({ query: initial as LocationQuery });
  return {
    state,
    read: () => state.query,
    write: async (q) => {
      state.query = { ...q };
    },
  };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await nextTick();
  await new Promise((r) => setTimeout(r, 0));
};

describe('usePageTable', () => {
  it('reads filters and page from the URL and loads that page', async () => {
    const store = memoryStore({ status: 'registered', page: '3', pageSize: '50', other: 'x' });
    const fetch = vi.fn(async () => ({ items: [{ id: 'a' }], total: 101 }));
    const t = usePageTable({ filters: { status: '', name: '' }, fetch, store });
    t.start();
    await flush();
    expect(fetch).toHaveBeenCalledWith({ status: 'registered', page: 3, pageSize: 50 });
    expect(t.filters).toEqual({ status: 'registered', name: '' });
    expect(t.rows.value).toEqual([{ id: 'a' }]);
    expect(t.total.value).toBe(101);
    expect(t.loading.value).toBe(false);
  });

  it('ignores a page size the list does not offer and a page that is not a number', async () => {
    const store = memoryStore({ page: 'abc', pageSize: '7' });
    const fetch = vi.fn(async () => ({ items: [], total: 0 }));
    usePageTable({ filters: {}, fetch, store }).start();
    await flush();
    expect(fetch).toHaveBeenCalledWith({ page: 1, pageSize: 20 });
  });

  it('searches from page 1 and writes only what is set to the URL', async () => {
    const store = memoryStore({ page: '4' });
    const fetch = vi.fn(async () => ({ items: [], total: 0 }));
    const t = usePageTable({ filters: { name: '', status: '' }, fetch, store });
    t.start();
    await flush();
    t.filters.name = '张三';
    await t.search();
    await flush();
    expect(store.state.query).toEqual({ name: '张三' });
    expect(fetch).toHaveBeenLastCalledWith({ name: '张三', page: 1, pageSize: 20 });
    await t.changePage(2);
    await flush();
    expect(store.state.query).toEqual({ name: '张三', page: '2' });
    await t.reset();
    await flush();
    expect(store.state.query).toEqual({});
    expect(t.filters.name).toBe('');
  });

  it('reloads when the URL does not change (search again with the same filters)', async () => {
    const store = memoryStore();
    const fetch = vi.fn(async () => ({ items: [], total: 0 }));
    const t = usePageTable({ filters: { name: '' }, fetch, store });
    t.start();
    await flush();
    await t.search();
    await flush();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps the error in Chinese, empties the rows and stops loading', async () => {
    const store = memoryStore();
    const t = usePageTable({
      filters: {},
      fetch: async () => {
        throw new ApiError(403, 'FORBIDDEN', '没有权限');
      },
      store,
    });
    t.start();
    await flush();
    expect(t.error.value?.message).toBe('没有权限');
    expect(t.rows.value).toEqual([]);
    expect(t.loading.value).toBe(false);
  });

  it('never lets a slow earlier answer overwrite a later one', async () => {
    const store = memoryStore();
    const resolvers: ((v: { items: string[]; total: number }) => void)[] = [];
    const t = usePageTable({
      filters: { name: '' },
      fetch: () => new Promise<{ items: string[]; total: number }>((r) => resolvers.push(r)),
      store,
    });
    t.start();
    await flush();
    t.filters.name = 'b';
    await t.search();
    await flush();
    resolvers[1]!({ items: ['new'], total: 1 });
    resolvers[0]!({ items: ['old'], total: 1 });
    await flush();
    expect(t.rows.value).toEqual(['new']);
  });

  it('empties the selection when a page loads', async () => {
    const store = memoryStore();
    const t = usePageTable({
      filters: {},
      fetch: async () => ({ items: [1, 2], total: 2 }),
      store,
    });
    t.start();
    await flush();
    t.onSelectionChange([1]);
    expect(t.selected.value).toBe(1);
    await t.load();
    expect(t.selected.value).toBe(0);
  });
});
