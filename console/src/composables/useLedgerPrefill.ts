import { ref, watch, type Ref } from 'vue';
import { api, ok, type Schemas } from '@/api/client';

type Holding = Schemas['HoldingResponse'];

interface CurrentFields {
  idNumber: string;
  currentOccupation: string;
  currentLevel: string;
  currentCertDate: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** An 18-digit ID number with the right check character (GB 11643): only those are looked up. */
export function isIdNumber(raw: string): boolean {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const sum = [...id.slice(0, 17)].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return '10X98765432'[sum % 11] === id[17];
}

/**
 * 现职业等级 from the certificate ledger: when a valid ID number is typed, the person's current
 * holding fills 现职业（工种）/现等级/获证时间, which stay locked while it applies (the service
 * checks them against the same record). Each look-up is one request, made once per number.
 */
export function useLedgerPrefill(model: Ref<CurrentFields>) {
  const holding = ref<Holding | null>(null);
  let asked = '';

  watch(
    () => model.value.idNumber.trim().toUpperCase(),
    async (id) => {
      if (id === asked) return;
      if (!isIdNumber(id)) {
        if (holding.value) clear();
        asked = '';
        return;
      }
      asked = id;
      try {
        const answer = await ok(
          api.GET('/api/v1/ledger/holdings', { params: { query: { idNumber: id } } }),
        );
        if (asked !== id) return;
        if (answer.current) apply(answer.current);
        else if (holding.value) clear();
      } catch {
        // No pre-fill (e.g. the day's look-ups are used up): the clerk types, the service checks.
        holding.value = null;
      }
    },
  );

  function apply(h: Holding): void {
    holding.value = h;
    Object.assign(model.value, {
      currentOccupation: h.occupation,
      currentLevel: h.level,
      currentCertDate: h.certDate,
    });
  }

  function clear(): void {
    holding.value = null;
    Object.assign(model.value, { currentOccupation: '', currentLevel: '', currentCertDate: '' });
  }

  return { holding };
}
