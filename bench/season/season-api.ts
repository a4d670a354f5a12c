/** A small client of the service's API for the season benchmark: JSON, uploads and downloads. */

export interface Call {
  method?: string;
  token?: string;
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  /** An xlsx to upload as the multipart field `file`. */
  file?: Buffer;
}

export class SeasonApi {
  /** Requests answered, for the log. */
  requests = 0;
  /** Time per kind of request (method and path with ids elided), with BENCH_TRACE=1. */
  readonly trace = new Map<string, { n: number; ms: number; sql: number }>();

  constructor(private readonly base: string) {}

  private async send(path: string, c: Call): Promise<Response> {
    const url = new URL(`${this.base}/api/v1${path}`);
    for (const [k, v] of Object.entries(c.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = {};
    if (c.token) headers.authorization = `Bearer ${c.token}`;
    let body: BodyInit | undefined;
    if (c.file) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(c.file)]), 'upload.xlsx');
      body = form;
    } else if (c.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(c.body);
    }
    const method = c.method ?? (body ? 'POST' : 'GET');
    const start = performance.now();
    const sql0 = (globalThis as { __sql?: number }).__sql ?? 0;
    const res = await fetch(url, { method, headers, body });
    this.requests++;
    if (process.env.BENCH_TRACE) {
      const key = `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id').replace(/\/\d+(?=\/|$)/g, '/:n')}`;
      const t = this.trace.get(key) ?? { n: 0, ms: 0, sql: 0 };
      t.n++;
      t.ms += performance.now() - start;
      t.sql += ((globalThis as { __sql?: number }).__sql ?? 0) - sql0;
      this.trace.set(key, t);
    }
    if (!res.ok) {
      const text = await res.text();
      throw new Error(`${c.method ?? 'GET'} ${path}: ${res.status} ${text.slice(0, 600)}`);
    }
    return res;
  }

  async json<T = Record<string, unknown>>(path: string, c: Call = {}): Promise<T> {
    return (await (await this.send(path, c)).json()) as T;
  }

  async bytes(path: string, c: Call = {}): Promise<Buffer> {
    return Buffer.from(await (await this.send(path, c)).arrayBuffer());
  }

  /** Every item of a paged list. */
  async all<T>(path: string, c: Call, pageSize = 100): Promise<T[]> {
    const out: T[] = [];
    for (let page = 1; ; page++) {
      const res = await this.json<{ items: T[]; total: number }>(path, {
        ...c,
        query: { ...c.query, page, pageSize },
      });
      out.push(...res.items);
      if (res.items.length < pageSize || out.length >= res.total) return out;
    }
  }
}
