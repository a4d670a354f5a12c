/**
 * Sign-in limits (security-checklist #11, #12; ASVS 2.2.1; 等保 身份鉴别 b).
 * Wrong passwords are counted per account AND client address: the address
 * that guesses is held, the owner elsewhere is not. Across all addresses an
 * account admits at most `perHour` wrong passwords in a clock hour; known
 * addresses (a successful sign-in there within KNOWN_SOURCE_DAYS) keep a
 * reserve of that budget, so a crowd of new addresses cannot use it all.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const KNOWN_SOURCE_DAYS = 90;
/** Failures at an address that never signed in are forgotten after a quiet day. */
export const FAILURE_MEMORY_MS = 24 * HOUR_MS;

/** Start of the fixed window of `lengthMs` that contains `now`, as stored (ISO-8601 UTC). */
export function windowStart(now: Date, lengthMs: number): string {
  return new Date(Math.floor(now.getTime() / lengthMs) * lengthMs).toISOString();
}

/** The hour's budget an address may use: all of it when known, less the reserve otherwise. */
export function hourlyLimit(knownSource: boolean, perHour: number, maxFailures: number): number {
  if (knownSource) return perHour;
  return perHour - knownSourceReserve(perHour, maxFailures);
}

/** What new addresses leave to known ones: one full series of failures, at most half the hour. */
export function knownSourceReserve(perHour: number, maxFailures: number): number {
  return Math.min(maxFailures, Math.floor(perHour / 2));
}

export function isKnownSource(lastSuccessAt: Date | null, now: Date): boolean {
  return (
    !!lastSuccessAt && now.getTime() - lastSuccessAt.getTime() < KNOWN_SOURCE_DAYS * 24 * HOUR_MS
  );
}

/** When a hold placed now ends. */
export function holdEnd(now: Date, lockMinutes: number): Date {
  return new Date(now.getTime() + lockMinutes * MINUTE_MS);
}
