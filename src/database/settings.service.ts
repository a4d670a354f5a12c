import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { isSealed, open, seal } from '../common/crypto/sealed-value';
import { AppSettingEntity } from './entities/app-setting.entity';
import { Keyring } from './keyring';
import { UnitOfWork } from './unit-of-work';

export interface SecretOptions {
  /**
   * A value stored in the clear by an older version is kept (and encrypted)
   * instead of replaced. Only for secrets whose signatures outlive a restart
   * in people's hands (printed ticket QR codes); a plaintext value may have
   * been copied with the database, so the default is to replace it.
   */
  keepLegacy?: boolean;
}

const fresh = () => randomBytes(48).toString('base64url');

/**
 * Installation secrets generated once and kept in the database (same on
 * every instance), encrypted with AES-256-GCM under a key that is not in
 * the database (Keyring): a copy of the database does not reveal them
 * (security-checklist #39). Each is created in a transaction of its own, so
 * no other request's rollback can take it away.
 */
@Injectable()
export class SettingsService {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly keyring: Keyring,
  ) {}

  secret(key: string, options: SecretOptions = {}): Promise<string> {
    let s = this.cache.get(key);
    if (!s) {
      s = this.uow.run((em) => this.load(em, key, options));
      this.cache.set(key, s);
      s.catch(() => this.cache.delete(key));
    }
    return s;
  }

  private async load(em: EntityManager, key: string, options: SecretOptions): Promise<string> {
    const repo = em.getRepository(AppSettingEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values({ key, value: this.seal(key, fresh()) })
      .orIgnore()
      .execute();
    const stored = (await repo.findOneByOrFail({ key })).value;
    if (isSealed(stored)) return this.open(key, stored);
    const value = options.keepLegacy ? stored : fresh();
    // Conditional: another instance converting the same value at once wins, and we read its result.
    const converted = await repo
      .createQueryBuilder()
      .update()
      .set({ value: this.seal(key, value) })
      .where('"key" = :key AND "value" = :stored', { key, stored })
      .execute();
    if (converted.affected === 1) return value;
    return this.open(key, (await repo.findOneByOrFail({ key })).value);
  }

  private seal(key: string, value: string): string {
    return seal(this.keyring.key('settings'), value, `app_settings:${key}`);
  }

  private open(key: string, stored: string): string {
    const value = open(this.keyring.key('settings'), stored, `app_settings:${key}`);
    if (value === null) throw new Error(`无法解密设置 ${key}：主密钥不符或数据被改动`);
    return value;
  }
}
