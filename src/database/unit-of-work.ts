import { Inject, Injectable } from '@nestjs/common';
import { Mutex } from 'async-mutex';
import { DataSource, EntityManager } from 'typeorm';

/** The DataSource that runs write transactions (on SQLite a connection of its own). */
export const WRITE_DATA_SOURCE = Symbol('WRITE_DATA_SOURCE');

/**
 * Runs write transactions. On SQLite they run on the writer's connection,
 * apart from the reads of every other request, and one at a time: two
 * overlapping transactions on one connection can both fail while one commits
 * (security-checklist #41). PostgreSQL uses its connection pool.
 */
@Injectable()
export class UnitOfWork {
  private readonly queue = new Mutex();

  constructor(@Inject(WRITE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'postgres') return this.dataSource.transaction(work);
    return this.queue.runExclusive(() => this.dataSource.transaction(work));
  }

  get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }
}
