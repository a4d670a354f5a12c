import { createHash } from 'node:crypto';

/** The fields of an audit row that its hash covers. */
export interface HashedAuditFields {
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  ip: string;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: string;
  before: string | null;
  after: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Each row's hash covers its content and the previous row's hash, so editing
 * or removing a row in the database breaks the chain from there on
 * (security-checklist #37).
 */
export function auditHash(prevHash: string, row: HashedAuditFields): string {
  const canonical = JSON.stringify([
    prevHash,
    row.at,
    row.actorId,
    row.actorUsername,
    row.actorRole,
    row.ip,
    row.requestId,
    row.action,
    row.entityType,
    row.entityId,
    row.outcome,
    row.before,
    row.after,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Id of the first row whose hash does not follow from its predecessor, or null. */
export function firstBrokenLink(
  rows: readonly (HashedAuditFields & { id: number; prevHash: string; hash: string })[],
  startHash = GENESIS_HASH,
): number | null {
  let prev = startHash;
  for (const row of rows) {
    if (row.prevHash !== prev || auditHash(prev, row) !== row.hash) return row.id;
    prev = row.hash;
  }
  return null;
}
