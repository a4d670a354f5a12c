import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { isSqlite } from '../../src/database/data-source-options';
import { seconds } from './measure';

type Row = Record<string, unknown>;

/** The last rowid of every table before and after a step: the rows it added lie between. */
export interface FloorWindow {
  before: Map<string, number>;
  after: Map<string, number>;
}

/** Rows changed in place by a step: `times` updates of `columns` on each of `ids`. */
export interface FloorUpdate {
  table: string;
  columns: string[];
  ids: string[];
  times: number;
}

/**
 * The database floor of a step: the rows the step wrote, written again into an empty copy of
 * the same tables (same columns, same indexes, same SQLite settings: WAL, synchronous=FULL)
 * by one prepared statement per table inside one transaction, with no ORM, no validation, no
 * rules and no HTTP. SQLite only: on PostgreSQL the floor is not measured (answered as 0).
 */
export class DbFloor {
  private n = 0;

  constructor(
    private readonly app: DataSource,
    private readonly dir: string,
  ) {}

  private get sqlite(): boolean {
    return isSqlite(this.app);
  }

  private async tables(): Promise<string[]> {
    const rows: { name: string }[] = await this.app.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('migrations', 'typeorm_metadata')",
    );
    return rows.map((r) => r.name);
  }

  /** The last rowid of every table, before a step. */
  async snapshot(): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!this.sqlite) return out;
    for (const t of await this.tables()) {
      const [r] = await this.app.query<{ m: number }[]>(
        `SELECT COALESCE(MAX(rowid), 0) AS m FROM "${t}"`,
      );
      out.set(t, r.m);
    }
    return out;
  }

  /** Seconds to write the rows a step added, and apply its `updates`, the cheapest way. */
  async measure(
    { before, after }: FloorWindow,
    updates: FloorUpdate[] = [],
  ): Promise<{ seconds: number; rows: number }> {
    if (!this.sqlite) return { seconds: 0, rows: 0 };
    const added = new Map<string, Row[]>();
    for (const [t, last] of before) {
      const rows = await this.app.query<Row[]>(
        `SELECT * FROM "${t}" WHERE rowid > ? AND rowid <= ?`,
        [last, after.get(t) ?? last],
      );
      if (rows.length) added.set(t, rows);
    }
    const file = `${this.dir}/floor-${++this.n}.sqlite`;
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      // Only the step's own tables are copied: their foreign keys would name absent ones.
      db.pragma('foreign_keys = OFF');
      const needed = new Set([...added.keys(), ...updates.map((u) => u.table)]);
      for (const t of needed) {
        const ddl = await this.app.query<{ sql: string }[]>(
          "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END",
          [t],
        );
        for (const d of ddl) db.exec(d.sql);
      }
      // Rows updated in place exist before the step: copied untimed.
      for (const u of updates) {
        const rows = await this.app.query<Row[]>(`SELECT * FROM "${u.table}" WHERE rowid <= ?`, [
          before.get(u.table) ?? 0,
        ]);
        this.insert(db, u.table, rows);
      }
      // The values the step left: each update writes them again, `times` over.
      const finals = new Map<FloorUpdate, Map<string, unknown[]>>();
      for (const u of updates) {
        const want = new Set(u.ids);
        const rows = await this.app.query<Row[]>(
          `SELECT id, ${u.columns.map((c) => `"${c}"`).join(', ')} FROM "${u.table}"`,
        );
        finals.set(
          u,
          new Map(
            rows
              .filter((r) => want.has(r.id as string))
              .map((r) => [r.id as string, u.columns.map((c) => r[c])]),
          ),
        );
      }
      const start = process.hrtime.bigint();
      db.exec('BEGIN');
      let count = 0;
      for (const [t, rows] of added) {
        this.insert(db, t, rows);
        count += rows.length;
      }
      for (const u of updates) {
        const st = db.prepare(
          `UPDATE "${u.table}" SET ${u.columns.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`,
        );
        for (let k = 0; k < u.times; k++)
          for (const [id, values] of finals.get(u)!) {
            st.run(...values, id);
            count += 1;
          }
      }
      db.exec('COMMIT');
      return { seconds: seconds(start), rows: count };
    } finally {
      db.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    }
  }

  private insert(db: Database.Database, table: string, rows: Row[]): void {
    if (!rows.length) return;
    const cols = Object.keys(rows[0]);
    const st = db.prepare(
      `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    );
    for (const r of rows) st.run(...cols.map((c) => r[c]));
  }
}
