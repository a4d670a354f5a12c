import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppSettingEntity } from './entities/app-setting.entity';
import { UnitOfWork } from './unit-of-work';

/**
 * Installation secrets generated once and kept in the database (same on
 * every instance). Each is created in a transaction of its own, so no other
 * request's rollback can take it away.
 */
@Injectable()
export class SettingsService {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(private readonly uow: UnitOfWork) {}

  secret(key: string): Promise<string> {
    let s = this.cache.get(key);
    if (!s) {
      s = this.load(key);
      this.cache.set(key, s);
      s.catch(() => this.cache.delete(key));
    }
    return s;
  }

  private load(key: string): Promise<string> {
    return this.uow.run(async (em) => {
      const repo = em.getRepository(AppSettingEntity);
      await repo
        .createQueryBuilder()
        .insert()
        .values({ key, value: randomBytes(48).toString('base64url') })
        .orIgnore()
        .execute();
      return (await repo.findOneByOrFail({ key })).value;
    });
  }
}
