import type { components } from './schema';

export type ErrorBody = components['schemas']['ErrorBody'];
export type ErrorDetail = components['schemas']['ErrorDetailBody'];

/**
 * Every failure the console shows: the service's `{statusCode, code, message, details}`,
 * or the same shape made up for what never reached it (network, proxy pages, timeouts).
 * `message` is always Chinese and fit to show as it is.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Details that name a form field, keyed by field (`nationalCertificate.level`), prefix removed. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details) {
      if (!d.field || out[d.field]) continue;
      out[d.field] = stripFieldPrefix(d.field, d.message);
    }
    return out;
  }

  /**
   * What a bulk request said about each refused item: its details whose field is one of the ids
   * sent (the service writes none of the list then, and names every refused item).
   */
  refusedItems(ids: readonly string[]): string[] {
    const sent = new Set(ids);
    return this.details.filter((d) => d.field && sent.has(d.field)).map((d) => d.message);
  }

  /** Details that belong to no field (shown in the form's alert). */
  otherMessages(): string[] {
    return this.details.filter((d) => !d.field).map((d) => d.message);
  }
}

const STATUS_MESSAGES: Record<number, string> = {
  0: '无法连接服务器，请检查网络后重试',
  400: '提交的内容有误，请检查后重试',
  401: '登录已失效，请重新登录',
  403: '没有权限执行此操作',
  404: '请求的资源不存在',
  408: '请求超时，请稍后重试',
  409: '数据已被他人修改或状态已变化，请刷新后重试',
  413: '上传的文件过大',
  422: '请求无法处理',
  423: '账号已临时锁定',
  429: '操作过于频繁，请稍后再试',
  500: '服务器内部错误，请稍后重试或联系管理员',
  502: '服务暂时不可用，请稍后重试',
  503: '服务暂时不可用，请稍后重试',
  504: '服务器响应超时，请稍后重试',
};

/** The Chinese fallback for a status that came without the service's error body. */
export function statusMessage(status: number): string {
  return (
    STATUS_MESSAGES[status] ??
    (status >= 500 ? STATUS_MESSAGES[500]! : `请求失败（HTTP ${status}）`)
  );
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b.code === 'string' && typeof b.message === 'string';
}

function isDetail(d: unknown): d is ErrorDetail {
  return typeof d === 'object' && d !== null && typeof (d as ErrorDetail).message === 'string';
}

/** Maps a failed response's status and (parsed) body to an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const details = Array.isArray(body.details) ? body.details.filter(isDetail) : [];
    return new ApiError(status, body.code, body.message || statusMessage(status), details);
  }
  return new ApiError(status, `HTTP_${status}`, statusMessage(status));
}

/** Anything caught (ApiError, a fetch TypeError, an abort) as an ApiError. */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof DOMException && err.name === 'AbortError') {
    return new ApiError(0, 'ABORTED', '操作已取消');
  }
  return new ApiError(0, 'NETWORK', statusMessage(0));
}

/** "idNumber：不是有效的身份证号码" → "不是有效的身份证号码" (the field is shown by its label). */
export function stripFieldPrefix(field: string, message: string): string {
  for (const sep of ['：', ':']) {
    const prefix = `${field}${sep}`;
    if (message.startsWith(prefix)) return message.slice(prefix.length).trim();
  }
  return message;
}
