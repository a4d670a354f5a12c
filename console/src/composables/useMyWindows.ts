import { ref } from 'vue';
import { api, ok, type Schemas } from '@/api/client';

export type CallerWindow = Schemas['RegistrationWindowResponse'] | Schemas['PrintWindowResponse'];

/**
 * The caller's own registration window and ticket-printing days: the session's dates with the
 * center's extension for the caller's department counted (the center sees the session's).
 */
export function useMyWindows() {
  const registration = ref<Schemas['RegistrationWindowResponse'] | null>(null);
  const printing = ref<Schemas['PrintWindowResponse'] | null>(null);
  async function load(): Promise<void> {
    const [r, p] = await Promise.all([
      ok(api.GET('/api/v1/registration-window')),
      ok(api.GET('/api/v1/ticket-print-window')),
    ]);
    registration.value = r;
    printing.value = p;
  }
  return { registration, printing, load };
}
