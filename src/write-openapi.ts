import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { API_PREFIX } from './app.setup';
import { loadConfig } from './config/app-config';
import { buildOpenApiDocument } from './openapi';

/**
 * Writes the OpenAPI document of the built service (`node dist/write-openapi.js [file]`,
 * stdout without a file). The app is created in preview mode: modules and controllers
 * are read, nothing is instantiated, no database is opened.
 */
async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule.register(loadConfig({})), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  const json = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  const file = process.argv[2];
  if (file) writeFileSync(file, json);
  else process.stdout.write(json);
  await app.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
