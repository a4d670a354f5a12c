import { DynamicModule, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Response } from 'express';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppConfig } from '../../config/app-config';

/** console/dist of the checkout, from src/modules/web-console or dist/modules/web-console. */
const DEFAULT_CONSOLE_DIR = resolve(__dirname, '..', '..', '..', 'console', 'dist');

/**
 * Serves the built web console at `/`, next to the API: its files, and index.html for
 * any other GET (client-side routes). `/api/*` is never shadowed: unknown API routes keep
 * their JSON 404, and a missing `/assets/*` file is a 404, not the page.
 * Without a built console (API-only runs, the API's own tests) nothing is served.
 */
@Module({})
export class WebConsoleModule {
  static register(config: AppConfig): DynamicModule {
    const rootPath = resolve(config.CONSOLE_DIR ?? DEFAULT_CONSOLE_DIR);
    if (!existsSync(join(rootPath, 'index.html'))) {
      return {
        module: WebConsoleModule,
        providers: [
          { provide: MissingConsoleNotice, useValue: new MissingConsoleNotice(config, rootPath) },
        ],
      };
    }
    return {
      module: WebConsoleModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath,
          exclude: ['/api/{*path}', '/assets/{*path}'],
          serveStaticOptions: { index: false, setHeaders: cacheHeaders },
        }),
      ],
    };
  }
}

/** Hashed assets are immutable; the page itself is revalidated on every load. */
function cacheHeaders(res: Response, path: string): void {
  res.setHeader(
    'Cache-Control',
    basename(path) === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
  );
}

/** Says once at start that only the API is served (not in tests). */
@Injectable()
class MissingConsoleNotice implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly rootPath: string,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return;
    new Logger('WebConsole').warn(
      `未找到网页控制台（${this.rootPath}），仅提供 API；先运行 npm run build`,
    );
  }
}
