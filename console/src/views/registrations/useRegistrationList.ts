import { ElMessage, ElMessageBox } from 'element-plus';
import { computed, ref } from 'vue';
import { api, ok, type Schemas } from '@/api/client';
import type { operations } from '@/api/schema';
import { useAction } from '@/composables/useAction';
import { useColumns, type ColumnChoice } from '@/composables/useColumns';
import { usePageTable } from '@/composables/usePageTable';
import type { RegistrationAction } from '@/dict';
import { registrationColumns, registrationFilters } from './columns';
import { bulkState } from './selection';

export type Registration = Schemas['RegistrationResponse'];
type Query = operations['RegistrationsController_list']['parameters']['query'];

/**
 * What every level's registrations page shares: the URL-backed list, optional columns, the
 * bulk actions' enabled state, the history drawer, the latest document gaps, and the row
 * actions that ask for a reason (objection, cancellation).
 */
export function useRegistrationList<
  E extends Record<string, string> = Record<never, string>,
>(opts: { key: string; extraFilters?: E; extraColumns?: ColumnChoice[] }) {
  const table = usePageTable({
    filters: { ...registrationFilters, ...(opts.extraFilters ?? ({} as E)) },
    fetch: (q) => ok(api.GET('/api/v1/registrations', { params: { query: q as Query } })),
  });
  const columns = useColumns(opts.key, registrationColumns(opts.extraColumns));
  const history = ref<Registration | null>(null);
  const gaps = ref<Schemas['DocumentGapResponse'][]>([]);
  const { running, run } = useAction();

  const bulk = (action: RegistrationAction) =>
    computed(() => bulkState(table.selection.value, action));

  /** After a bulk step: its message, the gaps it reports, and the list again. */
  async function after(result: Schemas['BulkResultResponse'], what: string): Promise<void> {
    gaps.value = result.documentGaps ?? [];
    ElMessage.success(`${what}：${result.count} 人`);
    await table.load();
  }

  async function askReason(title: string, label: string): Promise<string | null> {
    return ElMessageBox.prompt(label, title, {
      confirmButtonText: '确定',
      cancelButtonText: '取消',
      inputType: 'textarea',
      inputValidator: (v: string) => (v && v.trim() ? true : '请填写原因'),
    }).then(
      (r) => r.value.trim(),
      () => null,
    );
  }

  /** 登记异议 during publicity: the registration goes back to its unit. */
  async function object(row: Registration): Promise<void> {
    const reason = await askReason(`登记异议：${row.name}`, '异议内容（报名将退回单位）');
    if (!reason) return;
    const r = await run({
      key: `object-${row.id}`,
      action: () =>
        ok(
          api.POST('/api/v1/registrations/{id}/objections', {
            params: { path: { id: row.id } },
            body: { reason },
          }),
        ),
      success: () => '已登记异议，报名已退回单位',
    });
    if (r) await table.load();
  }

  return { table, columns, history, gaps, running, run, bulk, after, askReason, object };
}
