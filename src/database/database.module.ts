import { Global, Inject, Injectable, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { getDataSourceToken, InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Keyring, openKeyring } from './keyring';
import { SettingsService } from './settings.service';
import { UnitOfWork, WRITE_DATA_SOURCE } from './unit-of-work';

/**
 * SQLite settings that keep acknowledged writes (security-checklist "SQLite
 * settings"): WAL comes from the driver option; a crash or power loss must
 * not lose a committed review decision or score, so synchronous=FULL.
 */
async function applyPragmas(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'sqlite') return;
  await dataSource.query('PRAGMA synchronous = FULL');
  await dataSource.query('PRAGMA foreign_keys = ON');
}

/**
 * On SQLite, write transactions get a connection of their own. TypeORM's
 * SQLite driver has one connection per DataSource, so a read beside an open
 * transaction would run inside it: it would see uncommitted rows, and a write
 * beside it would vanish in its rollback (issue 8, finding 2). With the
 * writer apart, the application's DataSource serves reads of committed data
 * only (WAL: readers see the last commit and never block the writer).
 * PostgreSQL's pool already isolates every transaction: one DataSource.
 */
async function createWriter(app: DataSource): Promise<DataSource> {
  if (app.options.type !== 'sqlite') return app;
  if (app.options.database === ':memory:') return beginImmediate(app);
  const writer = new DataSource({ ...app.options, migrationsRun: false });
  await writer.initialize();
  await applyPragmas(writer);
  return beginImmediate(writer);
}

/**
 * SQLite write transactions begin IMMEDIATE (security-checklist "SQLite
 * settings", #47): the write lock is taken at BEGIN, waiting out the busy
 * timeout. A deferred transaction that reads before it writes (every audit
 * record does) fails with SQLITE_BUSY_SNAPSHOT when another process on the
 * file committed in between (a second instance, `npm run unlock-account`);
 * the busy timeout does not wait that out, and TypeORM's busyErrorRetry
 * re-runs the statement for ever. TypeORM has no option for it, so the
 * driver's one query runner of the writer rewrites its BEGIN.
 */
function beginImmediate(writer: DataSource): DataSource {
  type Query = (sql: string, params?: unknown[], structured?: boolean) => Promise<unknown>;
  const runner = writer.createQueryRunner();
  const query = runner.query.bind(runner) as Query;
  const immediate: Query = (sql, params, structured) =>
    query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, params, structured);
  runner.query = immediate as QueryRunner['query'];
  return writer;
}

@Injectable()
class DataSourceLifecycle implements OnModuleInit, OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly app: DataSource,
    @Inject(WRITE_DATA_SOURCE) private readonly writer: DataSource,
  ) {}

  onModuleInit(): Promise<void> {
    return applyPragmas(this.app);
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
