import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppSettingEntity } from './entities/app-setting.entity';

/** Installation secrets generated once and kept in the database (same on every instance). */
@Injectable()
export class SettingsService {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  secret(key: string): Promise<string> {
    let s = this.cache.get(key);
    if (!s) {
      s = this.load(key);
      this.cache.set(key, s);
      s.catch(() => this.cache.delete(key));
    }
    return s;
  }

  private async load(key: string): Promise<string> {
    const repo = this.dataSource.getRepository(AppSettingEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values({ key, value: randomBytes(48).toString('base64url') })
      .orIgnore()
      .execute();
    return (await repo.findOneByOrFail({ key })).value;
  }
}
