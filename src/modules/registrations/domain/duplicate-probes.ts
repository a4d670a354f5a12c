/**
 * 同一人每年度只能报名一次: a unit must learn that a person it enters is
 * already registered elsewhere, but that answer tells whether an ID number
 * is registered anywhere in the city (issue 8, finding 6). Each such finding
 * about another unit's registration counts against the account; past the
 * day's allowance the account enters no one until the next day, since any
 * answer would tell. Findings about the unit's own registrations are no leak
 * and do not count.
 */
export const DAILY_FOREIGN_DUPLICATES = 20;

export type ProbeDecision = { ok: true } | { ok: false; message: string };

const refusal = (limit: number): ProbeDecision => ({
  ok: false,
  message: `本账号今日核对出的其他单位已报名身份证号超过 ${limit} 个，今日暂停报名录入，本次结果不予显示，操作已记录；如确需核对，请联系市就业和人才服务中心`,
});

/** Before anything is checked: an account past its allowance is refused whatever it sends. */
export function probeGate(countedToday: number, limit = DAILY_FOREIGN_DUPLICATES): ProbeDecision {
  return countedToday >= limit ? refusal(limit) : { ok: true };
}

/** After a check found `found` people registered by other units. */
export function probeDecision(
  countedToday: number,
  found: number,
  limit = DAILY_FOREIGN_DUPLICATES,
): ProbeDecision {
  return countedToday + found <= limit ? { ok: true } : refusal(limit);
}

/**
 * The certificate ledger answers what a person holds (occupation, level, 获证时间), which is
 * as telling as whether they are registered. Each look-up of someone the account's unit (or
 * department) has never registered counts against the same daily allowance; past it, the
 * account is told nothing more that day.
 */
export function ledgerLookupDecision(
  countedToday: number,
  found: number,
  limit = DAILY_FOREIGN_DUPLICATES,
): ProbeDecision {
  return countedToday + found <= limit
    ? { ok: true }
    : {
        ok: false,
        message: `本账号今日查询或核对的非本单位人员信息已超过 ${limit} 人次，今日暂停查询证书台账，本次结果不予显示，操作已记录；如确需核对，请联系市就业和人才服务中心`,
      };
}
