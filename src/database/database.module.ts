import { Global, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SettingsService } from './settings.service';
import { UnitOfWork } from './unit-of-work';

/**
 * SQLite settings that keep acknowledged writes (security-checklist "SQLite
 * settings"): WAL comes from the driver option; a crash or power loss must
 * not lose a committed review decision or score, so synchronous=FULL.
 */
@Injectable()
class SqlitePragmas implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    if (this.dataSource.options.type !== 'sqlite') return;
    await this.dataSource.query('PRAGMA synchronous = FULL');
    await this.dataSource.query('PRAGMA foreign_keys = ON');
  }
}

@Global()
@Module({
  providers: [UnitOfWork, SqlitePragmas, SettingsService],
  exports: [UnitOfWork, SettingsService],
})
export class DatabaseModule {}
