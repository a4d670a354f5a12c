import { reactive, ref } from 'vue';
import { api, ok } from '@/api/client';
import type { RegistrationStatus } from '@/dict';

/**
 * How many registrations the caller sees in each state: one small list call per state
 * (page size 1, its `total`), in parallel; the service scopes each to the caller.
 */
export function useStatusCounts(statuses: readonly RegistrationStatus[]) {
  const counts = reactive({} as Partial<Record<RegistrationStatus, number>>);
  const loading = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const totals = await Promise.all(
        statuses.map((status) =>
          ok(api.GET('/api/v1/registrations', { params: { query: { status, pageSize: 1 } } })).then(
            (p) => p.total,
          ),
        ),
      );
      statuses.forEach((s, i) => {
        counts[s] = totals[i] ?? 0;
      });
    } finally {
      loading.value = false;
    }
  }

  return { counts, loading, load };
}
