import { createHash, createHmac } from 'node:crypto';

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

export interface ChainRow extends HashedAuditFields {
  id: number;
  prevHash: string;
  hash: string;
  hashVersion: number;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Version 1: plain SHA-256, written before the chain was keyed; anyone could
 * recompute it after editing a row. Version 2: HMAC-SHA256 with a key that is
 * not in the database. Rows of version 1 are accepted only before the first
 * row of version 2 (no downgrade).
 */
export const LEGACY_HASH = 1;
export const KEYED_HASH = 2;

function canonical(prevHash: string, row: HashedAuditFields): string {
  return JSON.stringify([
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
}

/** The unkeyed hash of version 1 (kept to verify rows written before the key). */
export function legacyHash(prevHash: string, row: HashedAuditFields): string {
  return createHash('sha256').update(canonical(prevHash, row), 'utf8').digest('hex');
}

/**
 * Each row's MAC covers its content and the previous row's hash, so editing,
 * inserting or removing a row breaks the chain from there on, and without the
 * key nobody can recompute it (security-checklist #37).
 */
export function keyedHash(key: Buffer, prevHash: string, row: HashedAuditFields): string {
  return createHmac('sha256', key).update(canonical(prevHash, row), 'utf8').digest('hex');
}

/** Where a walk over the chain stands between batches. */
export interface ChainCursor {
  prevHash: string;
  keyedSeen: boolean;
}

export const CHAIN_START: ChainCursor = { prevHash: GENESIS_HASH, keyedSeen: false };

export type LinkProblem = 'ROW_TAMPERED' | 'UNKEYED_AFTER_KEYED';

export type LinkResult =
  { ok: true; cursor: ChainCursor } | { ok: false; brokenId: number; problem: LinkProblem };

/** Walks rows in id order from `cursor`; names the first one that does not follow. */
export function walkChain(
  key: Buffer,
  rows: readonly ChainRow[],
  cursor: ChainCursor = CHAIN_START,
): LinkResult {
  let { prevHash, keyedSeen } = cursor;
  for (const row of rows) {
    if (row.hashVersion === LEGACY_HASH && keyedSeen) {
      return { ok: false, brokenId: row.id, problem: 'UNKEYED_AFTER_KEYED' };
    }
    const expected =
      row.hashVersion === KEYED_HASH
        ? keyedHash(key, prevHash, row)
        : row.hashVersion === LEGACY_HASH
          ? legacyHash(prevHash, row)
          : null;
    if (row.prevHash !== prevHash || expected !== row.hash) {
      return { ok: false, brokenId: row.id, problem: 'ROW_TAMPERED' };
    }
    prevHash = row.hash;
    keyedSeen ||= row.hashVersion === KEYED_HASH;
  }
  return { ok: true, cursor: { prevHash, keyedSeen } };
}

/** Id of the first row whose hash does not follow from its predecessor, or null. */
export function firstBrokenLink(
  key: Buffer,
  rows: readonly ChainRow[],
  cursor: ChainCursor = CHAIN_START,
): number | null {
  const result = walkChain(key, rows, cursor);
  return result.ok ? null : result.brokenId;
}
