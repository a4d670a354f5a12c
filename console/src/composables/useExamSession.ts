import { computed, ref } from 'vue';
import { api, ok, type Schemas } from '@/api/client';

export type ExamSession = Schemas['ExamSessionResponse'];

const current = ref<ExamSession | null>(null);
const all = ref<ExamSession[]>([]);
let loading: Promise<ExamSession | null> | null = null;

/**
 * The current exam session (its dates drive deadlines and windows), read once and shared.
 * Lists and actions need no year: the service defaults to the current session.
 */
export function useExamSession() {
  async function load(force = false): Promise<ExamSession | null> {
    if (current.value && !force) return current.value;
    if (!loading || force) {
      loading = ok(api.GET('/api/v1/exam-sessions', { params: { query: { pageSize: 100 } } }))
        .then((page) => {
          all.value = page.items;
          current.value = page.items.find((s) => s.isCurrent) ?? page.items[0] ?? null;
          return current.value;
        })
        .finally(() => {
          loading = null;
        });
    }
    return loading;
  }
  return {
    session: current,
    /** Every session, for the pages that work on a year other than the current one. */
    sessions: all,
    year: computed(() => current.value?.year ?? null),
    load,
  };
}
