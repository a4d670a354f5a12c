import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { AuditKeyedChain1795595000000 } from '../../src/database/migrations/1795595000000-audit-keyed-chain';
import {
  GENESIS_HASH,
  HashedAuditFields,
  LEGACY_HASH,
  legacyHash,
} from '../../src/modules/audit/domain/audit-hash';

/**
 * What someone holding the database (not the key) can do to the audit
 * trail, for tests: run SQL as the table's owner, switch the append-only
 * triggers off, rewrite rows and recompute their hashes.
 */
export function sql<T = Record<string, unknown>>(
  ds: DataSource,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  let n = 0;
  const query = ds.options.type === 'postgres' ? text.replace(/\?/g, () => `$${++n}`) : text;
  return ds.query(query, params);
}

export async function unlockAuditTable(ds: DataSource): Promise<void> {
  if (ds.options.type === 'postgres') {
    await ds.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
  } else {
    await ds.query('DROP TRIGGER IF EXISTS audit_log_no_update');
    await ds.query('DROP TRIGGER IF EXISTS audit_log_no_delete');
  }
}

interface StoredRow extends HashedAuditFields {
  id: number;
  hash: string;
}

export async function auditRows(ds: DataSource): Promise<StoredRow[]> {
  const rows = await sql<Record<string, string | number | null>>(
    ds,
    'SELECT * FROM audit_log ORDER BY id',
  );
  return rows.map((r) => ({
    id: Number(r.id),
    hash: r.hash as string,
    at: r.at as string,
    actorId: r.actor_id as string | null,
    actorUsername: r.actor_username as string | null,
    actorRole: r.actor_role as string | null,
    ip: r.ip as string,
    requestId: r.request_id as string | null,
    action: r.action as string,
    entityType: r.entity_type as string,
    entityId: r.entity_id as string | null,
    outcome: r.outcome as string,
    before: r.before as string | null,
    after: r.after as string | null,
  }));
}

/**
 * Recomputes every hash with the unkeyed algorithm, as the old chain allowed:
 * after an edit, the whole chain is consistent again (hash version 1).
 */
export async function rehashWithoutKey(ds: DataSource, upToId = Infinity): Promise<void> {
  let prev = GENESIS_HASH;
  for (const row of (await auditRows(ds)).filter((r) => r.id <= upToId)) {
    const hash = legacyHash(prev, row);
    await sql(ds, 'UPDATE audit_log SET prev_hash = ?, hash = ?, hash_version = ? WHERE id = ?', [
      prev,
      hash,
      LEGACY_HASH,
      row.id,
    ]);
    prev = hash;
  }
}

export const legacyRow = (i: number): HashedAuditFields => ({
  at: `2025-06-0${i}T01:00:00.000Z`,
  actorId: null,
  actorUsername: 'admin',
  actorRole: 'center-admin',
  ip: '127.0.0.1',
  requestId: null,
  action: 'department.create',
  entityType: 'department',
  entityId: `legacy-${i}`,
  outcome: 'success',
  before: null,
  after: `{"name":"旧部门${i}"}`,
});

/**
 * A SQLite database as the version before the keyed chain left it: the
 * schema without the last migration, audit rows with the unkeyed hash and
 * secrets stored in the clear.
 */
export async function makeLegacyDatabase(
  dbPath: string,
  rows: HashedAuditFields[],
  settings: Record<string, string>,
): Promise<void> {
  const options = buildDataSourceOptions(loadConfig({ NODE_ENV: 'test', DB_PATH: dbPath }));
  const ds = await new DataSource({
    ...options,
    migrations: (options.migrations as (typeof AuditKeyedChain1795595000000)[]).filter(
      (m) => m !== AuditKeyedChain1795595000000,
    ),
  }).initialize();
  try {
    await ds.runMigrations();
    let prev = GENESIS_HASH;
    for (const r of rows) {
      const hash = legacyHash(prev, r);
      await ds.query(
        `INSERT INTO audit_log (at, actor_id, actor_username, actor_role, ip, request_id, action, entity_type, entity_id, outcome, before, after, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          r.at,
          r.actorId,
          r.actorUsername,
          r.actorRole,
          r.ip,
          r.requestId,
          r.action,
          r.entityType,
          r.entityId,
          r.outcome,
          r.before,
          r.after,
          prev,
          hash,
        ],
      );
      prev = hash;
    }
    for (const [key, value] of Object.entries(settings)) {
      await ds.query('INSERT INTO app_settings (key, value) VALUES (?, ?)', [key, value]);
    }
  } finally {
    await ds.destroy();
  }
}
