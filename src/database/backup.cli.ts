import { resolve } from 'node:path';
import { loadConfig } from '../config/app-config';
import { backupSqlite } from './backup';

interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

/**
 * `npm run backup -- <target file>`: an online copy of the SQLite database
 * (the service may keep running). Exit code 0 when the copy passed its check.
 */
export function runBackup(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  out: Output = console,
): number {
  const [target] = args;
  if (!target) {
    out.error('用法：npm run backup -- <备份文件路径>');
    return 2;
  }
  const config = loadConfig(env);
  if (config.isPostgres) {
    out.error('PostgreSQL 请使用 pg_dump 备份（见 README“备份与恢复”）');
    return 2;
  }
  try {
    const report = backupSqlite(resolve(config.DB_PATH), resolve(target));
    out.log(JSON.stringify(report));
    return 0;
  } catch (e) {
    out.error(`备份失败：${(e as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  process.exit(runBackup(process.argv.slice(2)));
}
