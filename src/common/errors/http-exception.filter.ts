import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, ErrorDetail } from './domain-error';
import { statusOf } from './error-status';
import { currentRequestId } from '../context/request-context';
import { isConcurrencyFailure, isDatabaseBusy, isUniqueViolation } from '../../database/db-errors';

interface Body {
  statusCode: number;
  code: string;
  message: string;
  details: ErrorDetail[];
}

const HTTP_DEFAULTS: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', '请求格式错误'],
  401: ['UNAUTHENTICATED', '未登录或登录已失效'],
  403: ['FORBIDDEN', '无权执行此操作'],
  404: ['NOT_FOUND', '请求的资源不存在'],
  405: ['METHOD_NOT_ALLOWED', '不支持的请求方法'],
  413: ['PAYLOAD_TOO_LARGE', '上传内容超过大小限制'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型'],
  429: ['RATE_LIMITED', '请求过于频繁，请稍后再试'],
};

/** Maps every error to the contract body `{ statusCode, code, message, details }`. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    this.respond(exception, ctx.getRequest<Request>(), ctx.getResponse<Response>());
  }

  /** Also the error handler of the body parser, which fails before any route is matched. */
  respond(exception: unknown, req: Request, res: Response): void {
    const body = this.toBody(exception, req);
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, req: Request): Body {
    if (exception instanceof DomainError) {
      return {
        statusCode: statusOf(exception.kind),
        code: exception.code,
        message: exception.message,
        details: exception.details,
      };
    }
    // A concurrent request won a race the service did not foresee: the same
    // answer on SQLite and PostgreSQL, never a 500 (issue 8, finding 7).
    if (isUniqueViolation(exception) || isConcurrencyFailure(exception)) {
      return {
        statusCode: 409,
        code: 'WRITE_CONFLICT',
        message: '数据已被同时进行的其他操作修改，请刷新后重试',
        details: [],
      };
    }
    // Another process kept SQLite's write lock past the wait (a backup, a second instance).
    if (isDatabaseBusy(exception)) {
      return {
        statusCode: 503,
        code: 'DATABASE_BUSY',
        message: '系统正忙，数据库暂被其他操作占用，请稍后重试',
        details: [],
      };
    }
    const status = httpStatusOf(exception);
    if (status !== undefined && status < 500) {
      const [code, message] = HTTP_DEFAULTS[status] ?? ['HTTP_ERROR', '请求无法处理'];
      return { statusCode: status, code, message, details: [] };
    }
    const requestId = currentRequestId();
    this.logger.error(
      {
        msg: 'unhandled error',
        requestId,
        method: req.method,
        path: req.path,
        error: exception instanceof Error ? exception.message : String(exception),
        stack: exception instanceof Error ? exception.stack : undefined,
      },
      undefined,
    );
    return {
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: `服务器内部错误，请联系管理员（请求编号 ${requestId ?? '-'}）`,
      details: [],
    };
  }
}

/** Status of HttpExceptions and of errors raised by express middleware (body-parser, multer). */
function httpStatusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  if (typeof exception === 'object' && exception !== null) {
    const e = exception as { status?: unknown; statusCode?: unknown };
    const s = typeof e.status === 'number' ? e.status : e.statusCode;
    if (typeof s === 'number' && s >= 400 && s < 600) return s;
  }
  return undefined;
}
