import { reactive, ref } from 'vue';
import { api, ok, type Schemas } from '@/api/client';
import type { RegistrationStatus } from '@/dict';

export type WaitingCounts = Schemas['RegistrationCountsResponse'];

/**
 * What is waiting for the caller: registrations in each state, publicity progress and batches
 * waiting for 备案, in one call that the service scopes to the caller (one grouped query).
 */
export function useStatusCounts() {
  const counts = reactive({} as Partial<Record<RegistrationStatus, number>>);
  const waiting = ref<WaitingCounts | null>(null);
  const loading = ref(false);

  async function load(examYear?: number): Promise<void> {
    loading.value = true;
    try {
      const query = examYear ? { examYear } : {};
      const answer = await ok(api.GET('/api/v1/registrations/counts', { params: { query } }));
      for (const c of answer.byStatus) counts[c.status] = c.count;
      waiting.value = answer;
    } finally {
      loading.value = false;
    }
  }

  return { counts, waiting, loading, load };
}
