import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  statSync,
} from 'node:fs';
import { unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import * as sqlite3 from 'sqlite3';

export interface DatabaseCheck {
  /** `PRAGMA integrity_check`: "ok" or the first problems found. */
  integrity: string;
  /** Rows per table. */
  tables: Record<string, number>;
}

export interface BackupReport extends DatabaseCheck {
  target: string;
  bytes: number;
}

/**
 * Online backup of the SQLite database while the service runs
 * (security-checklist #48): `VACUUM INTO` on a connection of its own reads
 * one consistent snapshot (a WAL read transaction: writers go on, and each
 * audit row and the chain head it moved are in it together), into a
 * temporary file that is synced, checked and only then given the target name.
 * The master key is not in the database and so not in the backup.
 */
export async function backupSqlite(source: string, target: string): Promise<BackupReport> {
  if (!existsSync(source)) throw new Error(`数据库文件不存在：${source}`);
  if (existsSync(target)) throw new Error(`目标文件已存在：${target}`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${randomBytes(4).toString('hex')}`;
  try {
    await withDatabase(source, sqlite3.OPEN_READWRITE, (db) => run(db, 'VACUUM INTO ?', [partial]));
    chmodSync(partial, 0o600); // personal data: the owner only
    syncFile(partial);
    const check = await checkSqlite(partial);
    if (check.integrity !== 'ok') throw new Error(`备份文件完整性检查未通过：${check.integrity}`);
    linkSync(partial, target);
    syncFile(dirname(target));
    return { target, bytes: statSync(target).size, ...check };
  } finally {
    if (existsSync(partial)) unlinkSync(partial);
  }
}

/** Integrity and row counts of a database file (a backup, or a restored copy). */
export function checkSqlite(path: string): Promise<DatabaseCheck> {
  return withDatabase(path, sqlite3.OPEN_READONLY, async (db) => {
    const integrity = (await all<{ integrity_check: string }>(db, 'PRAGMA integrity_check'))
      .map((r) => r.integrity_check)
      .join('; ');
    const names = await all<{ name: string }>(
      db,
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    );
    const tables: Record<string, number> = {};
    for (const { name } of names) {
      const [row] = await all<{ n: number }>(db, `SELECT COUNT(*) AS n FROM "${name}"`);
      tables[name] = row.n;
    }
    return { integrity, tables };
  });
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function withDatabase<T>(
  path: string,
  mode: number,
  work: (db: sqlite3.Database) => Promise<T>,
): Promise<T> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(path, mode, (e) => (e ? reject(e) : resolve(d)));
  });
  db.configure('busyTimeout', 5000);
  try {
    return await work(db);
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

const run = (db: sqlite3.Database, sql: string, params: unknown[]) =>
  new Promise<void>((resolve, reject) => db.run(sql, params, (e) => (e ? reject(e) : resolve())));

const all = <T>(db: sqlite3.Database, sql: string) =>
  new Promise<T[]>((resolve, reject) =>
    db.all<T>(sql, (e, rows) => (e ? reject(e) : resolve(rows))),
  );
