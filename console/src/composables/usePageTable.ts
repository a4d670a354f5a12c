import { computed, reactive, ref, shallowRef, watch, type Ref } from 'vue';
import { type LocationQuery, useRoute, useRouter } from 'vue-router';
import { type ApiError, asApiError } from '@/api/errors';

export interface Page<Row> {
  items: Row[];
  total: number;
}

export type Filters = Record<string, string>;

/** Where the list keeps its filters and page: the URL's query (tests give their own). */
export interface QueryStore {
  read(): LocationQuery;
  write(query: Record<string, string>): Promise<unknown>;
}

export function routeQueryStore(): QueryStore {
  const route = useRoute();
  const router = useRouter();
  return {
    read: () => route.query,
    write: (query) => router.push({ query }),
  };
}

export const PAGE_SIZES = [20, 50, 100] as const;

/** What a list's pagination and error line read of its table (any row type). */
export interface PagedList {
  total: Ref<number>;
  page: Ref<number>;
  pageSize: Ref<number>;
  pageSizes: number[];
  error: Ref<ApiError | null>;
  changePage(page: number): Promise<void>;
  changePageSize(size: number): Promise<void>;
}

function first(v: LocationQuery[string] | undefined): string | undefined {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'string' ? x : undefined;
}

/**
 * The list pattern: filters and page live in the URL (a reload or a shared link shows the same
 * page), Enter or 查询 searches from page 1, 重置 clears, loading ends in finally, an error is
 * kept in Chinese for the page to show, and the selection empties on every load.
 */
export function usePageTable<Row, F extends Filters>(opts: {
  /** Every filter with its empty value; the keys are the query parameters. */
  filters: F;
  fetch: (query: Partial<F> & { page: number; pageSize: number }) => Promise<Page<Row>>;
  pageSize?: number;
  store?: QueryStore;
}) {
  const store = opts.store ?? routeQueryStore();
  const defaults = { ...opts.filters };
  const defaultSize = opts.pageSize ?? PAGE_SIZES[0];
  const filters = reactive({ ...defaults }) as F;
  const rows = shallowRef<Row[]>([]) as Ref<Row[]>;
  const total = ref(0);
  const page = ref(1);
  const pageSize = ref(defaultSize);
  const loading = ref(false);
  const error = ref<ApiError | null>(null);
  const selection = shallowRef<Row[]>([]) as Ref<Row[]>;
  let seq = 0;

  /** Reads filters and paging from the URL into the form. */
  function fromQuery(q: LocationQuery): void {
    for (const key of Object.keys(defaults) as (keyof F & string)[]) {
      (filters as Filters)[key] = first(q[key]) ?? defaults[key]!;
    }
    const p = Number(first(q.page));
    const s = Number(first(q.pageSize));
    page.value = Number.isInteger(p) && p > 0 ? p : 1;
    pageSize.value = (PAGE_SIZES as readonly number[]).includes(s) ? s : defaultSize;
  }

  function toQuery(): Record<string, string> {
    const q: Record<string, string> = {};
    for (const [k, v] of Object.entries(filters as Filters)) if (v) q[k] = v;
    if (page.value > 1) q.page = String(page.value);
    if (pageSize.value !== defaultSize) q.pageSize = String(pageSize.value);
    return q;
  }

  /** Loads the page the URL names; a slower earlier answer never overwrites a later one. */
  async function load(): Promise<void> {
    const mine = ++seq;
    loading.value = true;
    error.value = null;
    try {
      const query = { page: page.value, pageSize: pageSize.value } as Partial<F> & {
        page: number;
        pageSize: number;
      };
      for (const [k, v] of Object.entries(filters as Filters)) {
        if (v) (query as Filters)[k] = v;
      }
      const result = await opts.fetch(query);
      if (mine !== seq) return;
      rows.value = result.items;
      total.value = result.total;
      selection.value = [];
    } catch (e) {
      if (mine !== seq) return;
      error.value = asApiError(e);
      rows.value = [];
      total.value = 0;
    } finally {
      if (mine === seq) loading.value = false;
    }
  }

  /** Writes the state to the URL; the URL watcher loads (or loads now when the URL is unchanged). */
  async function go(): Promise<void> {
    const next = toQuery();
    const current = JSON.stringify(store.read());
    await store.write(next);
    if (JSON.stringify(store.read()) === current) await load();
  }

  async function search(): Promise<void> {
    page.value = 1;
    await go();
  }

  async function reset(): Promise<void> {
    Object.assign(filters, defaults);
    page.value = 1;
    await go();
  }

  async function changePage(p: number): Promise<void> {
    page.value = p;
    await go();
  }

  async function changePageSize(s: number): Promise<void> {
    pageSize.value = s;
    page.value = 1;
    await go();
  }

  /** The URL is the source of truth: back/forward and links load what they name. */
  function start(): void {
    watch(
      () => JSON.stringify(store.read()),
      () => {
        fromQuery(store.read());
        void load();
      },
      { immediate: true },
    );
  }

  return {
    filters,
    rows,
    total,
    page,
    pageSize,
    pageSizes: [...PAGE_SIZES],
    loading,
    error,
    selection,
    selected: computed(() => selection.value.length),
    onSelectionChange: (s: Row[]) => {
      selection.value = s;
    },
    load,
    start,
    search,
    reset,
    changePage,
    changePageSize,
  };
}
