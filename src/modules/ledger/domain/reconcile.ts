import type { DateOnly } from '../../../common/dates/date-only';
import { normalizeName } from '../../../common/text/normalize';
import { LEVEL_NAMES, type Level } from '../../exam-sessions/domain/session-rules';
import { currentHolding, describeHolding, type Holding } from './holding';

/** 现职业（工种）、现等级、获证时间 as a registration carries them. */
export interface CurrentFacts {
  currentOccupation: string | null;
  currentLevel: Level | null;
  currentCertDate: DateOnly | null;
}

export interface LedgerProblem {
  field: keyof CurrentFacts;
  code: 'LEDGER_MISMATCH';
  message: string;
}

export type Reconciled =
  | { ok: true; facts: CurrentFacts; from: Holding | null }
  | { ok: false; problems: LedgerProblem[]; holding: Holding };

const FIELD_NAMES: Record<keyof CurrentFacts, string> = {
  currentOccupation: '现职业（工种）',
  currentLevel: '现等级',
  currentCertDate: '获证时间',
};

/**
 * 三(一)/二(八) against recorded fact: what a registration says the person holds is taken
 * from the certificate ledger. Empty fields are filled from the holding; a typed value that
 * contradicts it is refused with the recorded holding named. Typed facts that match another
 * active holding of the person (one holding two occupations) are accepted as they are. With
 * nothing on record the typed facts stand (the unit's review checks them, as before).
 */
export function reconcileWithLedger(
  typed: CurrentFacts,
  entries: readonly (Holding & { active: boolean })[],
): Reconciled {
  const active = entries.filter((e) => e.active);
  const reference = referenceHolding(typed, active);
  if (!reference) return { ok: true, facts: typed, from: null };
  const recorded: CurrentFacts = {
    currentOccupation: reference.occupation,
    currentLevel: reference.level,
    currentCertDate: reference.certDate,
  };
  const problems = (Object.keys(FIELD_NAMES) as (keyof CurrentFacts)[])
    .filter((f) => typed[f] !== null && !same(f, typed[f], recorded[f]!))
    .map((field) => ({
      field,
      code: 'LEDGER_MISMATCH' as const,
      message: `${FIELD_NAMES[field]}“${shown(field, typed[field]!)}”与证书台账不符，${describeHolding(reference)}`,
    }));
  if (problems.length) return { ok: false, problems, holding: reference };
  return { ok: true, facts: recorded, from: reference };
}

/** The holding typed facts are compared with: the one in the occupation typed, else 现职业等级. */
function referenceHolding(
  typed: CurrentFacts,
  active: (Holding & { active: boolean })[],
): Holding | null {
  if (typed.currentOccupation !== null) {
    const key = normalizeName(typed.currentOccupation);
    const inOccupation = active.filter((e) => normalizeName(e.occupation) === key);
    const matching = inOccupation.filter(
      (e) =>
        (typed.currentLevel === null || e.level === typed.currentLevel) &&
        (typed.currentCertDate === null || e.certDate === typed.currentCertDate),
    );
    const found = currentHolding(matching) ?? currentHolding(inOccupation);
    if (found) return found;
  }
  return currentHolding(active);
}

function same(field: keyof CurrentFacts, a: string, b: string): boolean {
  return field === 'currentOccupation' ? normalizeName(a) === normalizeName(b) : a === b;
}

const shown = (field: keyof CurrentFacts, value: string): string =>
  field === 'currentLevel' ? LEVEL_NAMES[value as Level] : value;
