import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const KEY_FILE = 'master.key';

const HEX_KEY = /^[0-9a-f]{64}$/i;

export interface MasterKey {
  key: Buffer;
  /** Where it came from: `MASTER_KEY`, or the key file (path). */
  source: string;
  /** Created by this start (a new installation, or a key directory that was lost). */
  created: boolean;
  /** Notes for the operator (e.g. a key file others can read). */
  warnings: string[];
}

/**
 * The installation's master key, kept outside the database: `MASTER_KEY`, or
 * `KEY_DIR/master.key`, created at first start readable by the owner only.
 * A copy of the database alone therefore cannot re-key the audit chain or
 * read the secrets stored in it (security-checklist #37, #39).
 */
export function loadMasterKey(config: { KEY_DIR: string; MASTER_KEY?: string }): MasterKey {
  if (config.MASTER_KEY) {
    return {
      key: Buffer.from(config.MASTER_KEY, 'hex'),
      source: 'MASTER_KEY',
      created: false,
      warnings: [],
    };
  }
  const path = join(config.KEY_DIR, KEY_FILE);
  const created = createIfMissing(config.KEY_DIR, path);
  const text = readFileSync(path, 'utf8').trim();
  if (!HEX_KEY.test(text)) {
    throw new Error(`主密钥文件 ${path} 内容无效：应为 64 位十六进制数（32 字节）`);
  }
  const warnings =
    (statSync(path).mode & 0o077) !== 0
      ? [`主密钥文件 ${path} 可被其他用户读取，请执行 chmod 600`]
      : [];
  return { key: Buffer.from(text, 'hex'), source: path, created, warnings };
}

/** Writes a new key atomically (never over an existing one); false when one exists. */
function createIfMissing(dir: string, path: string): boolean {
  if (existsSync(path)) return false;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(partial, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    unlinkSync(partial);
  }
}
