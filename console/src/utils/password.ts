const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '#%+-=@'];

/**
 * A one-time password that meets the service's policy (10+ characters, all four classes),
 * without look-alike characters, for the administrator to hand over; it must be changed at
 * first sign-in.
 */
export function generatePassword(length = 12, random: (n: number) => number = cryptoInt): string {
  const all = SETS.join('');
  const chars = SETS.map((s) => s[random(s.length)]!);
  while (chars.length < length) chars.push(all[random(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

function cryptoInt(n: number): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0]! % n;
}
