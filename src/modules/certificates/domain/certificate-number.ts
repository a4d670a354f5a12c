import type { Level } from '../../exam-sessions/domain/session-rules';

/**
 * 证书编号: `DL` + the exam year + `-` + the level's national grade digit + `-` + a five-digit
 * sequence, e.g. `DL2025-3-00017` is the 17th 高级工 certificate of 2025. The grade digits
 * follow the national 职业技能等级 scale (五级/初级工 … 二级/技师). Sequences run 1, 2, 3… per
 * session and level without gaps (a reissue takes the next one).
 */
export const LEVEL_GRADE: Record<Level, number> = {
  junior: 5,
  intermediate: 4,
  senior: 3,
  technician: 2,
};

export const MAX_SEQUENCE = 99_999;

export function certificateNumber(year: number, level: Level, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE)
    throw new RangeError(`sequence ${sequence} out of range`);
  return `DL${year}-${LEVEL_GRADE[level]}-${String(sequence).padStart(5, '0')}`;
}

const FORMAT = /^DL(\d{4})-([2-5])-(\d{5})$/;

/**
 * What a person typed as a certificate number, in the canonical form, or null when it cannot
 * be one: full-width characters, spaces and a lower-case prefix are forgiven, as people copy
 * numbers from paper and phones.
 */
export function normalizeCertificateNumber(input: string): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const ascii = input
    .normalize('NFKC')
    .replace(/[\s\u2010-\u2015\u2212]/g, (c) => (/\s/.test(c) ? '' : '-'))
    .toUpperCase();
  return FORMAT.test(ascii) ? ascii : null;
}
