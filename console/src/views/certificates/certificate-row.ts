import type { Schemas } from '@/api/client';
import type { Role } from '@/auth/session';
import { CENTER, hasRole } from '@/auth/roles';
import { beijingTime } from '@/utils/dates';

export type Certificate = Schemas['CertificateResponse'];

type Row = Pick<
  Certificate,
  'status' | 'revokedAt' | 'revokeReason' | 'replacesNumber' | 'replacedByNumber' | 'reissueReason'
>;

/**
 * What the list says beside a certificate's state: when and why it was revoked, which new
 * certificate replaced it, and, for a reissued one, which it replaces and why. Empty for a
 * plain valid certificate.
 */
export function certificateNotes(row: Row): string[] {
  const notes: string[] = [];
  if (row.status === 'revoked') {
    const when = beijingTime(row.revokedAt);
    notes.push(
      `${when ? `${when} ` : ''}吊销${row.revokeReason ? `，原因：${row.revokeReason}` : ''}`,
    );
  }
  if (row.status === 'replaced' && row.replacedByNumber) {
    notes.push(`已由新证书 ${row.replacedByNumber} 替代`);
  }
  if (row.replacesNumber) {
    notes.push(
      `补发，替代原证书 ${row.replacesNumber}${row.reissueReason ? `（${row.reissueReason}）` : ''}`,
    );
  }
  return notes;
}

/** Only the center revokes or reissues, and only a certificate still valid. */
export function mayAmend(row: Pick<Certificate, 'status'>, role: Role | null): boolean {
  return row.status === 'valid' && hasRole(role, CENTER);
}

/**
 * Whose certificates a batch download takes: a department or unit account its own (the service
 * scopes it, no department named), the center the department it picked, or none yet.
 */
export function batchScope(
  role: Role | null,
  departmentId: string,
): { ready: boolean; departmentId?: string } {
  if (role === 'department' || role === 'unit') return { ready: true };
  if (hasRole(role, CENTER)) return departmentId ? { ready: true, departmentId } : { ready: false };
  return { ready: false };
}

/** A revocation or reissue the center is about to make. */
export interface Amendment {
  mode: 'revoke' | 'reissue';
  row: Certificate;
}
