import type { Schemas } from '@/api/client';
import type { RegistrationAction } from '@/dict';

type Registration = Schemas['RegistrationResponse'];

/**
 * Whether a bulk action may run on the selection: something is selected and every selected
 * registration offers it now (`allowedActions` names exactly what would succeed). The reason
 * when not, for the button's tooltip.
 */
export function bulkState(
  selection: readonly Registration[],
  action: RegistrationAction,
): { enabled: boolean; reason: string } {
  if (!selection.length) return { enabled: false, reason: '请先勾选报名' };
  const blocked = selection.filter((r) => !r.allowedActions.includes(action));
  if (blocked.length) {
    const names = blocked
      .slice(0, 3)
      .map((r) => r.name)
      .join('、');
    return {
      enabled: false,
      reason: `${names}${blocked.length > 3 ? ` 等 ${blocked.length} 人` : ''}当前不能办理此操作`,
    };
  }
  return { enabled: true, reason: '' };
}
