/**
 * The one error type services throw. The HTTP layer maps `kind` to a status
 * (see http-exception.filter.ts); use cases never throw HTTP exceptions.
 */
export const ERROR_KINDS = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'payload-too-large',
  'unprocessable',
  'locked',
  'rate-limited',
  'unavailable',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface ErrorDetail {
  field?: string;
  row?: number;
  column?: string;
  code?: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, code = 'NOT_FOUND'): DomainError =>
  new DomainError('not-found', code, `${what}不存在或无权访问`);
