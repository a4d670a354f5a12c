import 'reflect-metadata';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock } from '../common/clock/clock';
import { AppConfig, loadConfig } from '../config/app-config';
import { buildDataSourceOptions } from '../database/data-source-options';
import { DatabaseModule } from '../database/database.module';
import { AccountsModule } from '../modules/accounts/accounts.module';
import { AccountsService } from '../modules/accounts/accounts.service';
import type { AccountResponse } from '../modules/accounts/dto/account.dto';
import { AuditModule } from '../modules/audit/audit.module';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service';

/** Just what unlocking needs: the database of the service, accounts, the audit trail. */
@Module({})
class UnlockAccountModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: UnlockAccountModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({ ...buildDataSourceOptions(config), migrationsRun: false }),
        DatabaseModule,
        AuditModule,
        AccountsModule,
      ],
      providers: [{ provide: AppConfig, useValue: config }, Clock],
      exports: [AppConfig, Clock],
    };
  }
}

export interface UnlockArgs {
  username: string;
  /** `--from <address>`: make this address known for the account. */
  knownSource?: string;
}

const USAGE =
  '用法 / usage: npm run unlock-account -- <用户名 username> [--from <IP 地址 address>]';

export function parseUnlockArgs(argv: readonly string[]): UnlockArgs | null {
  const [username, flag, address, ...rest] = argv;
  if (!username || username.startsWith('-') || rest.length) return null;
  if (flag === undefined) return { username };
  if (flag !== '--from' || !address) return null;
  return { username, knownSource: address };
}

/**
 * Lifts every sign-in hold of an account from the server itself, with the
 * service's own database settings; audited as `account.unlock` by `system`.
 * Works while the service runs.
 */
export async function unlockAccount(config: AppConfig, args: UnlockArgs): Promise<AccountResponse> {
  const app = await NestFactory.createApplicationContext(UnlockAccountModule.register(config), {
    logger: ['error'],
  });
  try {
    return await app
      .get(AccountsService)
      .unlockByUsername(SYSTEM_ACTOR, args.username, args.knownSource);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const args = parseUnlockArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  try {
    const account = await unlockAccount(loadConfig(), args);
    const from = args.knownSource ? `，并将 ${args.knownSource} 记为常用地址` : '';
    process.stdout.write(
      `已解除账号 ${account.username} 的全部登录限制${from}（已记入审计日志）\n`,
    );
  } catch (e) {
    process.stderr.write(`解锁失败 / unlock failed: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
