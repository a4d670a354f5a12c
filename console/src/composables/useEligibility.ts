import { getCurrentInstance, onBeforeUnmount, ref, watch } from 'vue';
import { api, ok, type Schemas } from '@/api/client';
import { asApiError } from '@/api/errors';

type Evaluate = Schemas['EvaluateEligibilityDto'];
export type Verdict = Schemas['EligibilityResponse'];

/**
 * The eligibility verdict as the clerk types: the check runs `delay` ms after the last change
 * (POST /eligibility/evaluate stores nothing), only once the essentials are there, and an
 * answer to an older input never replaces a newer one.
 */
export function useEligibility(source: () => Evaluate | null, delay = 400) {
  const verdict = ref<Verdict | null>(null);
  const error = ref<string | null>(null);
  const checking = ref(false);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let seq = 0;

  async function evaluate(): Promise<void> {
    const body = source();
    const mine = ++seq;
    if (!body) {
      verdict.value = null;
      error.value = null;
      checking.value = false;
      return;
    }
    checking.value = true;
    try {
      const result = await ok(api.POST('/api/v1/eligibility/evaluate', { body }));
      if (mine !== seq) return;
      verdict.value = result;
      error.value = null;
    } catch (e) {
      if (mine !== seq) return;
      const err = asApiError(e);
      verdict.value = null;
      const fields = Object.values(err.fieldErrors());
      error.value = fields.length ? `${err.message}：${fields.join('；')}` : err.message;
    } finally {
      if (mine === seq) checking.value = false;
    }
  }

  const stop = watch(
    () => JSON.stringify(source()),
    () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void evaluate(), delay);
    },
    { immediate: true },
  );

  onBeforeUnmountSafe(() => {
    stop();
    if (timer) clearTimeout(timer);
  });

  return { verdict, error, checking, evaluate };
}

/** onBeforeUnmount when called inside a component (tests call the composable outside one). */
function onBeforeUnmountSafe(fn: () => void): void {
  if (getCurrentInstance()) onBeforeUnmount(fn);
}
