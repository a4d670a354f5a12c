import { ErrorKind } from './domain-error';

/** The single, exhaustive mapping from error kind to HTTP status. */
export function statusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'validation':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not-found':
      return 404;
    case 'conflict':
      return 409;
    case 'payload-too-large':
      return 413;
    case 'unprocessable':
      return 422;
    case 'locked':
      return 423;
    case 'rate-limited':
      return 429;
    case 'unavailable':
      return 503;
  }
}
