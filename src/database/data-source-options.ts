import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SqliteDatabase } from './sqlite-driver';

/**
 * One set of options for the app, the migration CLI and the tests: SQLite
 * (embedded default) or PostgreSQL when DATABASE_URL is set. The schema comes
 * only from migrations; `synchronize` is never on.
 */
export function buildDataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    // Off: a failed query's log line would carry its parameters (personal data).
    logging: false,
  };
  if (config.DATABASE_URL) {
    return { ...common, type: 'postgres', url: config.DATABASE_URL, extra: { max: 10 } };
  }
  if (config.DB_PATH !== ':memory:') mkdirSync(dirname(config.DB_PATH), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    driver: SqliteDatabase,
    database: config.DB_PATH,
    enableWAL: config.DB_PATH !== ':memory:',
    // The busy timeout, in ms: how long a write waits for another process's lock.
    timeout: 5000,
    // Prepared once per distinct SQL text and connection (TypeORM's default is 100).
    statementCacheSize: 500,
  };
}

/** The embedded database (better-sqlite3), as opposed to PostgreSQL. */
export function isSqlite(dataSource: { options: DataSourceOptions }): boolean {
  return dataSource.options.type === 'better-sqlite3';
}
