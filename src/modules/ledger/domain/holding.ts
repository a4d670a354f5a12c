import type { DateOnly } from '../../../common/dates/date-only';
import { LEVEL_NAMES, LEVELS, type Level } from '../../exam-sessions/domain/session-rules';

export const LEDGER_SOURCES = ['certificate', 'paper'] as const;
export type LedgerSourceName = (typeof LEDGER_SOURCES)[number];

/** One level a person holds in one occupation, as the ledger records it. */
export interface Holding {
  occupation: string;
  level: Level;
  /** 获证时间 */
  certDate: DateOnly;
  source: LedgerSourceName;
  certificateNumber: string | null;
}

const rank = (level: Level): number => LEVELS.indexOf(level);

/**
 * 现职业等级: of the person's active entries, the one a registration form takes as its
 * current occupation and level — the highest level, and among equals the latest 获证时间
 * (the level most recently attained is the one the person works at now). Ties after that
 * fall to the certificate number so that the answer never depends on row order.
 */
export function currentHolding<T extends Holding>(
  entries: readonly (T & { active: boolean })[],
): T | null {
  const active = entries.filter((e) => e.active);
  if (!active.length) return null;
  return active.reduce((best, e) => (outranks(e, best) ? e : best));
}

function outranks(a: Holding, b: Holding): boolean {
  if (rank(a.level) !== rank(b.level)) return rank(a.level) > rank(b.level);
  if (a.certDate !== b.certDate) return a.certDate > b.certDate;
  return (a.certificateNumber ?? '') > (b.certificateNumber ?? '');
}

/** "证书台账记录：汽车驾驶员 高级工，2019-10-15 取得（证书编号 …）" */
export function describeHolding(h: Holding): string {
  const number = h.certificateNumber ? `（证书编号 ${h.certificateNumber}）` : '';
  return `证书台账记录：${h.occupation} ${LEVEL_NAMES[h.level]}，${h.certDate} 取得${number}`;
}
