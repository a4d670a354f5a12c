import { reactive, ref } from 'vue';
import { type ApiError, asApiError } from '@/api/errors';

/**
 * The form pattern: the server's 400 `details` land on their fields (`el-form-item :error`),
 * anything else (details of fields the form does not show, the message of a 409, a network
 * failure) in the form's alert. `fields` are the names the form shows, dotted for nested ones.
 */
export function useServerForm<F extends string>(fields: readonly F[]) {
  const errors = reactive(Object.fromEntries(fields.map((f) => [f, '']))) as Record<F, string>;
  const alert = ref<string | null>(null);
  const submitting = ref(false);

  function clear(): void {
    for (const f of fields) errors[f] = '';
    alert.value = null;
  }
  clear();

  function isField(name: string): name is F {
    return (fields as readonly string[]).includes(name);
  }

  /** Shows an error: field details on fields, the rest in the alert. */
  function show(err: ApiError): void {
    clear();
    const rest: string[] = [];
    let placed = 0;
    const onFields = err.fieldErrors();
    for (const d of err.details) {
      if (!d.field) continue;
      if (isField(d.field)) {
        if (!errors[d.field]) placed += 1;
        errors[d.field] = onFields[d.field] ?? d.message;
      } else {
        rest.push(d.message);
      }
    }
    rest.push(...err.otherMessages());
    // A message that already lists its details (考核设置有误：…) is not followed by them again.
    const extra = rest.filter((m) => !err.message.includes(m));
    if (placed === 0)
      alert.value = extra.length ? `${err.message}：${extra.join('；')}` : err.message;
    else if (rest.length) alert.value = rest.join('；');
  }

  /** Runs a submission; resolves to its result, or undefined when it failed (and was shown). */
  async function submit<T>(run: () => Promise<T>): Promise<T | undefined> {
    if (submitting.value) return undefined;
    clear();
    submitting.value = true;
    try {
      return await run();
    } catch (e) {
      show(asApiError(e));
      return undefined;
    } finally {
      submitting.value = false;
    }
  }

  return { errors, alert, submitting, submit, show, clear };
}
