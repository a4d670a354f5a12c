import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Who is calling and from where; read by the audit trail and the error log. */
export interface RequestContext {
  requestId: string;
  ip: string;
  userAgent?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const currentRequestContext = (): RequestContext | undefined => storage.getStore();
export const currentRequestId = (): string | undefined => storage.getStore()?.requestId;

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Express middleware: one context per request, with an id echoed in `X-Request-Id`. */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const ctx: RequestContext = {
    requestId,
    ip: req.ip ?? req.socket.remoteAddress ?? '',
    userAgent: req.header('user-agent')?.slice(0, 200),
  };
  storage.run(ctx, () => next());
}
