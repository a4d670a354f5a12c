import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { UnitOfWork } from '../../../database/unit-of-work';

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Uploaded bytes, named by a generated UUID: a user's file name never
 * becomes a path (security-checklist #31). Where they live follows the
 * database: on PostgreSQL, the database itself (table file_contents), so
 * every instance of the service reaches every file and no node keeps state
 * of its own; on SQLite, which is one machine's file, UPLOAD_DIR beside it.
 */
@Injectable()
export class FileStore {
  private readonly root: string;

  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {
    this.root = resolve(config.UPLOAD_DIR);
  }

  private get inDatabase(): boolean {
    return this.uow.isPostgres;
  }

  async put(bytes: Buffer): Promise<string> {
    const key = randomUUID();
    if (this.inDatabase) {
      await this.uow.run((em) =>
        em.query(`INSERT INTO "file_contents" ("key", "bytes") VALUES ($1, $2)`, [key, bytes]),
      );
      return key;
    }
    await mkdir(this.root, { recursive: true });
    await writeFile(this.pathOf(key), bytes, { flag: 'wx', mode: 0o600 });
    return key;
  }

  async read(key: string): Promise<Buffer> {
    if (!this.inDatabase) return readFile(this.pathOf(key));
    checkKey(key);
    const rows = await this.dataSource.query<{ bytes: Buffer }[]>(
      `SELECT "bytes" FROM "file_contents" WHERE "key" = $1`,
      [key],
    );
    // Files stored on disk before they moved into the database are still read from there.
    return rows.length ? rows[0].bytes : readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    if (!this.inDatabase) return rm(this.pathOf(key), { force: true });
    checkKey(key);
    await this.uow.run((em) => em.query(`DELETE FROM "file_contents" WHERE "key" = $1`, [key]));
  }

  private pathOf(key: string): string {
    checkKey(key);
    return join(this.root, key);
  }
}

function checkKey(key: string): void {
  if (!KEY.test(key)) throw new Error('invalid storage key');
}
