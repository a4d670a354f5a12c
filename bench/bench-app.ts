import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { Clock, FixedClock } from '../src/common/clock/clock';
import { loadConfig } from '../src/config/app-config';

export const ADMIN_PASSWORD = 'Bench#Chief2025';

/** The real application on a fresh SQLite file (or DATABASE_URL), clock inside the 2025 window. */
export async function benchApp(): Promise<{
  app: INestApplication;
  url: string;
  clock: FixedClock;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'exam-bench-'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    ADMIN_PASSWORD,
    DB_PATH: join(dir, 'bench.sqlite'),
    KEY_DIR: join(dir, 'keys'),
    LOGIN_RATE_PER_MINUTE: '100000',
    RATE_PER_MINUTE: '1000000',
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bodyParser: false,
    logger: ['error'],
  });
  const clock = new FixedClock(new Date('2025-07-01T02:00:00Z'));
  app.get(Clock).now = () => clock.now();
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl(), clock };
}

export async function time<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  const rssBefore = process.memoryUsage().rss;
  const result = await work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
  console.log(
    `${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms   RSS ${rss >= 0 ? '+' : ''}${rss.toFixed(0)} MB`,
  );
  return result;
}
