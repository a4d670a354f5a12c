import { randomUUID } from 'node:crypto';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Rows per INSERT statement, fewer for a table so wide it would pass 32,000 values. */
const ROWS_PER_STATEMENT = 100;
const MAX_VALUES = 32_000;

/**
 * Inserts rows as plain multi-row INSERT statements, with the values
 * TypeORM's insert builder would write, and without re-reading them into the
 * objects passed in.
 *
 * - Not re-read: on SQLite, TypeORM 0.3 re-reads a multi-row insert and
 *   assigns the primary keys back in a different order (seen here: ids
 *   sorted, so each object got another row's id), which silently corrupted
 *   every reference built from those objects afterwards.
 * - Not the builder: it registers every value as a named parameter and looks
 *   each name up again, a sixth of an import's main-thread time for 20,000
 *   rows (issue 12). Each value here goes through the driver's own
 *   `preparePersistentValue` (transformers, JSON, booleans), and a value left
 *   undefined gets the column's default as the builder writes it
 *   (`DEFAULT` on PostgreSQL; on SQLite, which has no DEFAULT in VALUES, the
 *   default itself, else NULL).
 * - Columns filled by the database (auto-increment) are left out; a UUID key
 *   left undefined is made here on SQLite, by PostgreSQL's default there.
 */
export async function insertRows<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
): Promise<void> {
  if (!rows.length) return;
  const metadata = em.connection.getMetadata(target);
  const driver = em.connection.driver;
  const pg = em.connection.options.type === 'postgres';
  const columns = metadata.columns.filter(
    (c) => c.isInsert && !(c.isGenerated && c.generationStrategy === 'increment'),
  );
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const table = driver.escape(metadata.tablePath);
  const perStatement = Math.max(
    1,
    Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_VALUES / columns.length)),
  );
  const valueOf = (row: T, column: ColumnMetadata, params: unknown[]): string => {
    const value: unknown = driver.preparePersistentValue(column.getEntityValue(row), column);
    if (value === undefined) {
      if (column.isVersion) return '1';
      if (column.isGenerated && column.generationStrategy === 'uuid' && !pg) {
        params.push(randomUUID());
        return '?';
      }
      if (pg) return 'DEFAULT';
      return column.default !== undefined && column.default !== null
        ? driver.normalizeDefault(column)!
        : 'NULL';
    }
    params.push(value);
    return pg ? `$${params.length}` : '?';
  };
  for (let i = 0; i < rows.length; i += perStatement) {
    const params: unknown[] = [];
    const tuples = rows
      .slice(i, i + perStatement)
      .map((row) => `(${columns.map((c) => valueOf(row, c, params)).join(', ')})`);
    await em.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')}`, params);
  }
}
