import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from './audit.service';

/**
 * A signed-in caller who reaches for a record outside their scope gets 404;
 * the attempt itself is written to the audit trail (security-checklist #1).
 */
@Injectable()
export class AccessDeniedInterceptor implements NestInterceptor {
  private readonly logger = new Logger('AccessDenied');

  constructor(
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request & { principal?: Principal }>();
    return next.handle().pipe(
      catchError((err: unknown) => {
        if (!(err instanceof DomainError) || err.kind !== 'not-found' || !req.principal) {
          return throwError(() => err);
        }
        return from(
          recordDenied(this.audit, this.uow, req.principal, req, err).catch((e: unknown) =>
            this.logger.error(String(e)),
          ),
        ).pipe(mergeMap(() => throwError(() => err)));
      }),
    );
  }
}

export function recordDenied(
  audit: AuditService,
  uow: UnitOfWork,
  p: Principal,
  req: Request,
  err: DomainError,
) {
  return uow.run((em) =>
    audit.record(em, actorOf(p), {
      action: 'access.denied',
      entityType: 'request',
      entityId: null,
      outcome: 'denied',
      after: { method: req.method, path: req.originalUrl.slice(0, 200), code: err.code },
    }),
  );
}
