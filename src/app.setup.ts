import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { DomainError } from './common/errors/domain-error';
import { HttpExceptionFilter } from './common/errors/http-exception.filter';
import { jsonNestingExceeds } from './common/http/json-depth';
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
  express.useBodyParser('json', { limit: '1mb', verify: refuseDeepJson });
  // Answered here: the console's static files, mounted later, turn every error on /api into
  // a 404, so malformed or oversized bodies would otherwise read "not found".
  const errors = new HttpExceptionFilter();
  app.use((e: unknown, req: Request, res: Response, _next: NextFunction) =>
    errors.respond(e, req, res),
  );
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

/** No request body is nested deeper than a few levels; far deeper ones are refused (400). */
const MAX_JSON_DEPTH = 32;

function refuseDeepJson(_req: Request, _res: Response, body: Buffer): void {
  if (jsonNestingExceeds(body, MAX_JSON_DEPTH)) {
    throw new DomainError('validation', 'JSON_TOO_DEEP', '请求内容嵌套层级过多');
  }
}

function setUpOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
