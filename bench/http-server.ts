import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { Clock, FixedClock } from '../src/common/clock/clock';
import { loadConfig } from '../src/config/app-config';

/**
 * The service as `src/main.ts` starts it, with the clock standing at BENCH_NOW: the load cases
 * on the season's data run inside the ticket print window of 2025. A benchmark entry point only
 * (built into dist-bench, never into the service), so no production setting can move the clock.
 */
async function bootstrap(): Promise<void> {
  const now = new Date(process.env.BENCH_NOW ?? '');
  if (Number.isNaN(now.getTime())) throw new Error('BENCH_NOW must be an ISO instant');
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bodyParser: false,
    logger: ['error', 'warn'],
  });
  const clock = new FixedClock(now);
  app.get(Clock).now = () => clock.now();
  configureApp(app);
  await app.listen(config.PORT, '127.0.0.1');
}

void bootstrap();
