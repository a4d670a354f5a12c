const HOUR_MS = 3_600_000;

/**
 * The absolute session limit (ASVS 3.3.4; 等保 身份鉴别 b): a token issued
 * for a session that began with a password at `signedInAt` lives at most
 * `ttlSeconds`, and never past `maxHours` after that sign-in, however often
 * it is refreshed. Null when the session is over.
 */
export function sessionTokenLifetime(
  signedInAt: Date,
  now: Date,
  ttlSeconds: number,
  maxHours: number,
): number | null {
  const left = Math.floor((signedInAt.getTime() + maxHours * HOUR_MS - now.getTime()) / 1000);
  if (left <= 0) return null;
  return Math.min(ttlSeconds, left);
}
