import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { createValidationPipe } from './common/validation/validation.pipe';
import { AppConfig } from './config/app-config';
import { buildOpenApiDocument } from './openapi';

export const API_PREFIX = 'api/v1';

/**
 * Everything the HTTP layer needs beyond the module graph; main.ts and the
 * e2e tests both call it, so tests exercise the real configuration.
 */
export function configureApp(app: INestApplication): INestApplication {
  const config = app.get(AppConfig);
  const express = app as NestExpressApplication;
  express.set('trust proxy', config.TRUST_PROXY === 'loopback' ? 'loopback' : false);
  express.disable('x-powered-by');
  express.useBodyParser('json', { limit: '1mb' });
  app.use(helmet({ contentSecurityPolicy: false }));
  // Answers carry personal data: no browser or proxy may keep them (security-checklist #39).
  app.use(`/${API_PREFIX}`, (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setUpOpenApi(app);
  return app;
}

function setUpOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
