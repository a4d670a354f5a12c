import { ElMessage, ElMessageBox } from 'element-plus';
import { h, ref } from 'vue';
import { asApiError } from '@/api/errors';

/**
 * A state change from a button: asks first when it cannot be undone, shows the service's
 * Chinese message when refused, and a short success message.
 */
export function useAction() {
  const running = ref<string | null>(null);

  async function run<T>(opts: {
    key: string;
    action: () => Promise<T>;
    confirm?: { title: string; message: string; type?: 'warning' | 'info' };
    success?: (result: T) => string | null;
    /** The ids a bulk action sends: when refused, the refused ones are listed, each with why. */
    items?: readonly string[];
  }): Promise<T | undefined> {
    if (running.value) return undefined;
    if (opts.confirm) {
      const ok = await ElMessageBox.confirm(opts.confirm.message, opts.confirm.title, {
        type: opts.confirm.type ?? 'warning',
        confirmButtonText: '确定',
        cancelButtonText: '取消',
      }).then(
        () => true,
        () => false,
      );
      if (!ok) return undefined;
    }
    running.value = opts.key;
    try {
      const result = await opts.action();
      const message = opts.success?.(result);
      if (message) ElMessage.success(message);
      return result;
    } catch (e) {
      const err = asApiError(e);
      const refused = err.refusedItems(opts.items ?? []);
      if (refused.length) {
        const list = h(
          'ul',
          { 'data-testid': 'refused-items' },
          refused.map((m) => h('li', m)),
        );
        await ElMessageBox.alert(list, err.message, { type: 'error' }).catch(() => undefined);
      } else {
        ElMessage.error({ message: err.message, duration: 6000, showClose: true });
      }
      return undefined;
    } finally {
      running.value = null;
    }
  }

  return { running, run };
}
