/** Test people: ID numbers that pass GB 11643, unique per run. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
let serial = Math.floor(Math.random() * 400) * 2 + 101;

export function idNumber(birth: string, gender: '男' | '女' = '男'): string {
  serial = (serial + 2) % 1000;
  const seq = String(gender === '男' ? serial | 1 : serial & ~1).padStart(3, '0');
  const first17 = `210204${birth}${seq}`;
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * WEIGHTS[i]!, 0);
  return first17 + CHECK[sum % 11]!;
}

/** The same number with a wrong check character. */
export function badIdNumber(birth: string): string {
  const good = idNumber(birth);
  const last = good.at(-1)!;
  return good.slice(0, 17) + (last === '0' ? '1' : '0');
}

const SURNAMES =
  '柏花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄';
const GIVEN = '建国志强海燕秀兰立新卫东春梅晓光德明子涵';

/** A Chinese name unlikely to repeat within a run. */
export function personName(): string {
  const pick = (s: string) => s[Math.floor(Math.random() * s.length)]!;
  return pick(SURNAMES) + pick(GIVEN) + pick(GIVEN);
}
