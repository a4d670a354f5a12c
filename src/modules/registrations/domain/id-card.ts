import { isDateOnly, type DateOnly } from '../../../common/dates/date-only';

/** Weights and check characters of GB 11643-1999 (ISO 7064 MOD 11-2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** The number upper-cased and trimmed, as it is stored. */
export const normalizeIdNumber = (raw: string): string => raw.trim().toUpperCase();

/** The check character the first 17 digits call for. */
export function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
  return CHECK[sum % 11];
}

export interface IdCardFacts {
  birthDate: DateOnly;
  gender: '男' | '女';
}

/**
 * A valid 18-digit citizen ID number (GB 11643): shape, a real birth date,
 * the check character. Returns its facts, or the reason it is not valid.
 */
export function parseIdNumber(raw: string): IdCardFacts | { problem: string } {
  const id = normalizeIdNumber(raw);
  if (!SHAPE.test(id)) return { problem: '身份证号应为 18 位（前 17 位数字，末位数字或 X）' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const realDate: boolean = isDateOnly(birthDate);
  if (!realDate) return { problem: `身份证号中的出生日期 ${birthDate} 不存在` };
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return { problem: '身份证号校验位不正确' };
  return { birthDate, gender: Number(id[16]) % 2 === 1 ? '男' : '女' };
}

export const isIdProblem = (r: IdCardFacts | { problem: string }): r is { problem: string } =>
  'problem' in r;

/** 2102**********123X: region and the last four only (security-checklist #9, #38). */
export function maskIdNumber(id: string): string {
  return id.length < 8
    ? '*'.repeat(id.length)
    : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
