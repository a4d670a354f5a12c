import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mutex } from 'async-mutex';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs write transactions. TypeORM's SQLite driver has a single connection:
 * two overlapping transactions on it can both fail while one commits
 * (security-checklist #41), so on SQLite every write transaction waits its
 * turn in one queue. PostgreSQL uses its connection pool.
 */
@Injectable()
export class UnitOfWork {
  private readonly queue = new Mutex();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'postgres') return this.dataSource.transaction(work);
    return this.queue.runExclusive(() => this.dataSource.transaction(work));
  }

  get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }
}
