import { Logger } from '@nestjs/common';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { loadMasterKey } from '../config/master-key';
import { AppSettingEntity } from './entities/app-setting.entity';
import { UnitOfWork } from './unit-of-work';

/** What each derived key is for; one master key, never used directly. */
export type KeyPurpose = 'audit-chain' | 'audit-head' | 'settings' | 'key-check' | 'signing-keys';

/** app_settings row holding a keyed fingerprint of the master key (not the key). */
export const KEY_CHECK_SETTING = 'master_key_check';

/**
 * Keys derived (HKDF-SHA256) from the master key that lives outside the
 * database (config/master-key.ts): the audit chain and its head are keyed
 * with them, and stored secrets are encrypted with them.
 */
export class Keyring {
  private readonly keys = new Map<KeyPurpose, Buffer>();

  constructor(private readonly master: Buffer) {}

  key(purpose: KeyPurpose): Buffer {
    let k = this.keys.get(purpose);
    if (!k) {
      k = Buffer.from(hkdfSync('sha256', this.master, 'dalian-skill-exam', purpose, 32));
      this.keys.set(purpose, k);
    }
    return k;
  }

  /** Shows that a database was used with this key, without revealing the key. */
  get fingerprint(): string {
    return createHmac('sha256', this.key('key-check')).update('master-key-check').digest('hex');
  }

  matches(fingerprint: string): boolean {
    const a = Buffer.from(this.fingerprint, 'hex');
    const b = Buffer.from(fingerprint, 'hex');
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

/**
 * Loads the master key and checks it against the fingerprint in the database,
 * recording it on first use. A wrong or lost key stops the start here: running
 * on would append audit rows no one can verify and make new secrets.
 */
export async function openKeyring(config: AppConfig, uow: UnitOfWork): Promise<Keyring> {
  const master = loadMasterKey(config);
  const logger = new Logger('Keyring');
  master.warnings.forEach((w) => logger.warn(w));
  if (master.created) logger.log(`已生成主密钥 ${master.source}：请另行备份，切勿与数据库放在一起`);
  const keyring = new Keyring(master.key);
  const stored = await uow.run(async (em) => {
    const repo = em.getRepository(AppSettingEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values({ key: KEY_CHECK_SETTING, value: keyring.fingerprint })
      .orIgnore()
      .execute();
    return (await repo.findOneByOrFail({ key: KEY_CHECK_SETTING })).value;
  });
  if (!keyring.matches(stored)) {
    throw new Error(
      `主密钥（${master.source}）与数据库不匹配：请使用建立该数据库时的密钥文件或 MASTER_KEY（见 SECURITY.md）`,
    );
  }
  return keyring;
}
