import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppConfig } from '../../../config/app-config';

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Uploaded bytes on disk under UPLOAD_DIR, named by a generated UUID: a
 * user's file name never becomes a path (security-checklist #31).
 */
@Injectable()
export class FileStore {
  private readonly root: string;

  constructor(config: AppConfig) {
    this.root = resolve(config.UPLOAD_DIR);
  }

  async put(bytes: Buffer): Promise<string> {
    const key = randomUUID();
    await mkdir(this.root, { recursive: true });
    await writeFile(this.pathOf(key), bytes, { flag: 'wx', mode: 0o600 });
    return key;
  }

  read(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error('invalid storage key');
    return join(this.root, key);
  }
}
