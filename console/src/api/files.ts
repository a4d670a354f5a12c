import { authHeader, errorFromResponse, noticeUnauthorized } from './client';
import { ApiError, toApiError } from './errors';

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface Progress {
  loaded: number;
  /** null when the server streams without a length (zip of tickets). */
  total: number | null;
}

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * The file name of a download: RFC 5987 `filename*=UTF-8''…` (the Chinese name) first,
 * then a plain `filename="…"`, then the fallback.
 */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || fallback;
}

const JSON_TYPE = /^application\/(problem\+)?json\b/i;

/**
 * Fetches a file (xlsx, pdf, zip) with the bearer token. An error answer, and a JSON body
 * where a file was expected, become an ApiError with the service's Chinese message.
 */
export async function fetchFile(
  url: string,
  opts: { fallbackName: string; onProgress?: (p: Progress) => void; signal?: AbortSignal },
): Promise<{ blob: Blob; filename: string }> {
  const response = await fetch(url, { headers: authHeader(), signal: opts.signal });
  if (!response.ok) {
    noticeUnauthorized({ headers: new Headers(authHeader()) }, response.status);
    throw await errorFromResponse(response);
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (JSON_TYPE.test(type)) {
    const body: unknown = await response.json().catch(() => null);
    const err = toApiError(response.status, body);
    throw err.code.startsWith('HTTP_')
      ? new ApiError(response.status, 'NOT_A_FILE', '服务器没有返回文件，请稍后重试')
      : err;
  }
  const lengthHeader = response.headers.get('Content-Length');
  const total = lengthHeader ? Number(lengthHeader) : null;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      opts.onProgress?.({ loaded, total });
    }
  }
  const blob = new Blob(chunks as BlobPart[], { type: type || 'application/octet-stream' });
  return {
    blob,
    filename: filenameFrom(response.headers.get('Content-Disposition'), opts.fallbackName),
  };
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * Posts a file as multipart/form-data (field `file`) with upload progress (XMLHttpRequest:
 * fetch reports none), and reads the JSON answer. Failures reject with an ApiError.
 */
export function postFile<T>(
  url: string,
  file: Blob,
  opts: {
    filename?: string;
    onProgress?: (p: Progress) => void;
    signal?: AbortSignal;
    /** Other form fields sent with the file (a record and its evidence in one request). */
    fields?: Record<string, string>;
  } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [k, v] of Object.entries(authHeader())) xhr.setRequestHeader(k, v);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) =>
      opts.onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : null });
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试'));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', '操作已取消'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      noticeUnauthorized({ headers: new Headers(authHeader()) }, xhr.status);
      reject(toApiError(xhr.status, body));
    };
    opts.signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    for (const [k, v] of Object.entries(opts.fields ?? {})) form.append(k, v);
    form.append('file', file, opts.filename ?? (file instanceof File ? file.name : 'upload'));
    xhr.send(form);
  });
}
