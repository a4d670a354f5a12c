import { passwordProblems } from './password-policy';

// No look-alikes (0/O, 1/l/I): the password is read off a printed list and typed in.
const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '#%+-=@'];

/** A uniform integer in [0, n). */
export type RandomInt = (n: number) => number;

/**
 * A one-time password of `length` characters with every class present, that
 * passes the password policy for this username; it must be changed at first
 * sign-in. Randomness is passed in (crypto.randomInt in the service).
 */
export function oneTimePassword(username: string, random: RandomInt, length = 12): string {
  for (;;) {
    const candidate = draw(random, length);
    if (passwordProblems(candidate, username).length === 0) return candidate;
  }
}

function draw(random: RandomInt, length: number): string {
  const all = SETS.join('');
  const chars = SETS.map((s) => s[random(s.length)]);
  while (chars.length < length) chars.push(all[random(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
