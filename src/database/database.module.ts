import { Global, Inject, Injectable, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { getDataSourceToken, InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import type { BetterSqlite3ConnectionOptions } from 'typeorm/driver/better-sqlite3/BetterSqlite3ConnectionOptions';
import { AppConfig } from '../config/app-config';
import { isSqlite } from './data-source-options';
import { isDatabaseBusy } from './db-errors';
import { Keyring, openKeyring } from './keyring';
import { SettingsService } from './settings.service';
import { UnitOfWork, WRITE_DATA_SOURCE } from './unit-of-work';

/**
 * SQLite settings that keep acknowledged writes (security-checklist "SQLite
 * settings"): WAL comes from the driver option; a crash or power loss must
 * not lose a committed review decision or score, so synchronous=FULL.
 */
async function applyPragmas(dataSource: DataSource): Promise<void> {
  if (!isSqlite(dataSource)) return;
  await dataSource.query('PRAGMA synchronous = FULL');
  await dataSource.query('PRAGMA foreign_keys = ON');
}

/**
 * On SQLite, write transactions get a connection of their own. TypeORM's
 * SQLite driver has one connection per DataSource, so a read beside an open
 * transaction would run inside it: it would see uncommitted rows, and a write
 * beside it would vanish in its rollback (issue 8, finding 2). With the
 * writer apart, the application's DataSource serves reads of committed data
 * only (WAL: readers see the last commit and never block the writer), and it
 * is made read-only (`query_only`, below): the driver is synchronous, so a
 * write there would wait for the writer's lock on the event loop the writer
 * needs to finish, stalling every request. PostgreSQL's pool already isolates
 * every transaction: one DataSource.
 */
async function createWriter(app: DataSource): Promise<DataSource> {
  if (!isSqlite(app)) return app;
  if (app.options.database === ':memory:') return beginImmediate(app);
  // No busy timeout of its own: the lock is waited for between tries (below).
  const options = app.options as BetterSqlite3ConnectionOptions;
  const writer = new DataSource({ ...options, migrationsRun: false, timeout: 0 });
  await writer.initialize();
  await applyPragmas(writer);
  return beginImmediate(writer);
}

/** How long a write transaction waits for another process's write lock. */
const WRITE_LOCK_WAIT_MS = 5000;

/**
 * SQLite write transactions begin IMMEDIATE (security-checklist "SQLite
 * settings", #47): the write lock is taken at BEGIN. A deferred transaction
 * that reads before it writes (every audit record does) fails with
 * SQLITE_BUSY_SNAPSHOT when another process on the file committed in between
 * (a second instance, `npm run unlock-account`); no busy timeout waits that
 * out. TypeORM has no option for it, so the driver's one query runner of the
 * writer rewrites its BEGIN.
 *
 * Once BEGIN holds the lock, nothing else in the transaction waits for one
 * (WAL). While another process holds it, BEGIN is tried again after a growing
 * pause, up to WRITE_LOCK_WAIT_MS: the synchronous driver's own busy timeout
 * would hold the event loop, and every request with it, for that long. If the
 * lock never comes, the request gets DATABASE_BUSY and the next one tries afresh.
 */
function beginImmediate(writer: DataSource): DataSource {
  type Query = (sql: string, params?: unknown[], structured?: boolean) => Promise<unknown>;
  const runner = writer.createQueryRunner();
  const query = runner.query.bind(runner) as Query;
  const begin = async (params?: unknown[], structured?: boolean): Promise<unknown> => {
    const deadline = Date.now() + WRITE_LOCK_WAIT_MS;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      try {
        return await query('BEGIN IMMEDIATE TRANSACTION', params, structured);
      } catch (e) {
        if (!isDatabaseBusy(e) || Date.now() >= deadline) throw e;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  };
  const immediate: Query = (sql, params, structured) =>
    sql === 'BEGIN TRANSACTION' ? begin(params, structured) : query(sql, params, structured);
  runner.query = immediate as QueryRunner['query'];
  return writer;
}

@Injectable()
class DataSourceLifecycle implements OnModuleInit, OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly app: DataSource,
    @Inject(WRITE_DATA_SOURCE) private readonly writer: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    await applyPragmas(this.app);
    // Migrations have run: from here on the app's SQLite connection only reads.
    if (this.writer !== this.app) await this.app.query('PRAGMA query_only = ON');
  }

  async onModuleDestroy(): Promise<void> {
    if (this.writer !== this.app && this.writer.isInitialized) await this.writer.destroy();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: WRITE_DATA_SOURCE,
      inject: [getDataSourceToken()],
      useFactory: createWriter,
    },
    DataSourceLifecycle,
    UnitOfWork,
    { provide: Keyring, inject: [AppConfig, UnitOfWork], useFactory: openKeyring },
    SettingsService,
  ],
  exports: [UnitOfWork, Keyring, SettingsService],
})
export class DatabaseModule {}
