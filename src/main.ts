import 'reflect-metadata';
import { ConsoleLogger, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { loadConfig } from './config/app-config';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bodyParser: false,
    logger: new ConsoleLogger({ json: true }),
  });
  configureApp(app);
  await app.listen(config.PORT);
  new Logger('Bootstrap').log(
    `listening on http://localhost:${config.PORT} (API docs: /api/docs, database: ${config.isPostgres ? 'PostgreSQL' : config.DB_PATH})`,
  );
}

void bootstrap();
