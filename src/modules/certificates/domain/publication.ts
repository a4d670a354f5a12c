import type { Level } from '../../exam-sessions/domain/session-rules';
import type { PublicationState } from '../entities/result-publication.entity';
import type { CertificateStatus } from '../entities/certificate.entity';

/** What stands between a session's results and publishing them (三: 各项考核均合格者…). */
export interface ReadinessFacts {
  /** Sittings of the session whose final marks are not locked. */
  unlockedSittings: number;
  /** Filed candidates whose outcome is still open, by what is missing. */
  pendingReviews: number;
  pendingExemptDecisions: number;
  pendingMarks: number;
  /** Filed candidates (not cancelled) and how many of them passed. */
  candidates: number;
  passed: number;
}

/**
 * Why the results cannot be published yet, in Chinese, or [] when they can: every sitting
 * locked (only locked marks count), every 技师 综合评审 recorded, every 免考复核认定 decided,
 * so that no filed candidate's outcome is still open; and someone to publish.
 */
export function publicationBlockers(f: ReadinessFacts): string[] {
  const out: string[] = [];
  if (f.unlockedSittings > 0) out.push(`${f.unlockedSittings} 个考试场次的成绩尚未锁定`);
  if (f.pendingMarks > 0) out.push(`${f.pendingMarks} 人的成绩尚未全部确定`);
  if (f.pendingReviews > 0) out.push(`${f.pendingReviews} 名技师的综合评审结果尚未记录`);
  if (f.pendingExemptDecisions > 0)
    out.push(`${f.pendingExemptDecisions} 人的免考复核认定尚未作出`);
  if (f.candidates === 0) out.push('本年度没有已备案的考生');
  else if (f.passed === 0 && out.length === 0) out.push('本年度没有考核合格人员');
  return out;
}

export type PublicationRefusal = { code: string; message: string };

export function publishRefusal(state: PublicationState | null): PublicationRefusal | null {
  return state === 'published'
    ? { code: 'RESULTS_ALREADY_PUBLISHED', message: '本年度考核结果已发布' }
    : null;
}

export function reopenRefusal(state: PublicationState | null): PublicationRefusal | null {
  return state === 'published'
    ? null
    : { code: 'RESULTS_NOT_PUBLISHED', message: '本年度考核结果尚未发布，无需重新开放' };
}

/** Anything a result depends on is frozen while the results are published. */
export const resultsFrozen = (state: PublicationState | null | undefined): boolean =>
  state === 'published';

export interface PassedCandidate {
  registrationId: string;
  level: Level;
}

export interface IssuedCertificate {
  id: string;
  registrationId: string;
  level: Level;
  sequence: number;
  status: CertificateStatus;
}

export interface IssuancePlan {
  /** New certificates, with their sequence per level. */
  issue: { registrationId: string; level: Level; sequence: number }[];
  /** Valid certificates of people no longer on the list (results changed after a reopen). */
  revoke: string[];
}

/**
 * Who gets a certificate when the results are published. A person who ever had a
 * certificate of this session gets no new one automatically (a valid one stands, a revoked
 * or replaced one stays as it is: reissue is a deliberate act); a valid certificate of
 * someone no longer passing is revoked. Sequences continue per level without gaps, in the
 * order of `passed` (the pass list's order).
 */
export function planIssuance(
  passed: PassedCandidate[],
  existing: IssuedCertificate[],
): IssuancePlan {
  const certified = new Set(existing.map((c) => c.registrationId));
  const next = new Map<Level, number>();
  for (const c of existing) next.set(c.level, Math.max(next.get(c.level) ?? 0, c.sequence));
  const issue: IssuancePlan['issue'] = [];
  for (const p of passed) {
    if (certified.has(p.registrationId)) continue;
    certified.add(p.registrationId);
    const sequence = (next.get(p.level) ?? 0) + 1;
    next.set(p.level, sequence);
    issue.push({ registrationId: p.registrationId, level: p.level, sequence });
  }
  const passing = new Set(passed.map((p) => p.registrationId));
  const revoke = existing
    .filter((c) => c.status === 'valid' && !passing.has(c.registrationId))
    .map((c) => c.id);
  return { issue, revoke };
}

/** The next sequence of a level (a reissue), after the highest one issued. */
export const nextSequence = (existing: { level: Level; sequence: number }[], level: Level) =>
  existing.filter((c) => c.level === level).reduce((m, c) => Math.max(m, c.sequence), 0) + 1;
