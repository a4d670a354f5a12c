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
import Database from 'better-sqlite3';

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
export function backupSqlite(source: string, target: string): BackupReport {
  if (!existsSync(source)) throw new Error(`数据库文件不存在：${source}`);
  if (existsSync(target)) throw new Error(`目标文件已存在：${target}`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${randomBytes(4).toString('hex')}`;
  try {
    withDatabase(source, { readonly: false }, (db) => db.prepare('VACUUM INTO ?').run(partial));
    chmodSync(partial, 0o600); // personal data: the owner only
    syncFile(partial);
    const check = checkSqlite(partial);
    if (check.integrity !== 'ok') throw new Error(`备份文件完整性检查未通过：${check.integrity}`);
    linkSync(partial, target);
    syncFile(dirname(target));
    return { target, bytes: statSync(target).size, ...check };
  } finally {
    if (existsSync(partial)) unlinkSync(partial);
  }
}

/** Integrity and row counts of a database file (a backup, or a restored copy). */
export function checkSqlite(path: string): DatabaseCheck {
  return withDatabase(path, { readonly: true }, (db) => {
    const integrity = db
      .prepare<[], { integrity_check: string }>('PRAGMA integrity_check')
      .all()
      .map((r) => r.integrity_check)
      .join('; ');
    const names = db
      .prepare<[], { name: string }>(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all();
    const tables: Record<string, number> = {};
    for (const { name } of names) {
      tables[name] = db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM "${name}"`).get()!.n;
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

/**
 * Runs `work` on a connection of its own to an existing file. Synchronous: the
 * backup runs as a command of its own (`npm run backup`), never in the service.
 */
function withDatabase<T>(
  path: string,
  { readonly }: { readonly: boolean },
  work: (db: Database.Database) => T,
): T {
  const db = new Database(path, { readonly, fileMustExist: true, timeout: 5000 });
  try {
    return work(db);
  } finally {
    db.close();
  }
}
