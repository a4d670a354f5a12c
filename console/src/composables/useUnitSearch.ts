import { computed, ref } from 'vue';
import { api, ok, type Schemas } from '@/api/client';

type Unit = Schemas['UnitResponse'];

/** How many units a picker lists at once; the rest are found by typing part of the name. */
export const PICKER_PAGE = 50;

/**
 * A unit picker's options: the first page of the units the caller sees (of one department when
 * given), narrowed by the service as the clerk types, never the whole list (the center sees
 * hundreds of units). The chosen unit keeps its name even when it is not in the current page
 * (read once by id, e.g. from the URL). A late answer to an older search is dropped.
 */
export function useUnitSearch(departmentId: () => string | null | undefined) {
  const found = ref<Unit[]>([]);
  const chosen = ref<Unit | null>(null);
  const total = ref(0);
  const loading = ref(false);
  let latest = 0;

  const options = computed(() =>
    chosen.value && !found.value.some((u) => u.id === chosen.value!.id)
      ? [chosen.value, ...found.value]
      : found.value,
  );

  async function search(q = ''): Promise<void> {
    const mine = ++latest;
    loading.value = true;
    try {
      const dept = departmentId() || undefined;
      const query = {
        page: 1,
        pageSize: PICKER_PAGE,
        ...(q.trim() ? { q: q.trim() } : {}),
        ...(dept ? { departmentId: dept } : {}),
      };
      const page = await ok(api.GET('/api/v1/units', { params: { query } }));
      if (mine !== latest) return;
      found.value = page.items;
      total.value = page.total;
    } finally {
      if (mine === latest) loading.value = false;
    }
  }

  /** Remembers the chosen unit, reading it by id when no page listed it. */
  async function choose(id: string | null | undefined): Promise<void> {
    if (!id) {
      chosen.value = null;
      return;
    }
    if (chosen.value?.id === id) return;
    const listed = found.value.find((u) => u.id === id);
    chosen.value =
      listed ?? (await ok(api.GET('/api/v1/units/{id}', { params: { path: { id } } })));
  }

  return { options, total, loading, search, choose };
}
