import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEY_FILE, loadMasterKey } from './master-key';

describe('master key outside the database', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'exam-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a 32-byte key at first start, readable by the owner only, and reuses it', () => {
    const keyDir = join(dir, 'keys');
    const first = loadMasterKey({ KEY_DIR: keyDir });
    expect(first).toMatchObject({ created: true, warnings: [], source: join(keyDir, KEY_FILE) });
    expect(first.key).toHaveLength(32);
    expect(statSync(join(keyDir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(keyDir).mode & 0o777).toBe(0o700);
    const again = loadMasterKey({ KEY_DIR: keyDir });
    expect(again.created).toBe(false);
    expect(again.key.equals(first.key)).toBe(true);
  });

  it('takes MASTER_KEY instead of the file, writing nothing', () => {
    const hex = 'ab'.repeat(32);
    const k = loadMasterKey({ KEY_DIR: join(dir, 'unused'), MASTER_KEY: hex });
    expect(k).toMatchObject({ source: 'MASTER_KEY', created: false });
    expect(k.key.toString('hex')).toBe(hex);
    expect(() => statSync(join(dir, 'unused'))).toThrow();
  });

  it('refuses a key file that is not 64 hex digits', () => {
    writeFileSync(join(dir, KEY_FILE), 'not-a-key\n', { mode: 0o600 });
    expect(() => loadMasterKey({ KEY_DIR: dir })).toThrow(/主密钥文件 .* 内容无效/);
  });

  it('warns about a key file others can read', () => {
    loadMasterKey({ KEY_DIR: dir });
    chmodSync(join(dir, KEY_FILE), 0o644);
    expect(loadMasterKey({ KEY_DIR: dir }).warnings).toEqual([
      expect.stringContaining('可被其他用户读取'),
    ]);
    expect(readFileSync(join(dir, KEY_FILE), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
  });
});
