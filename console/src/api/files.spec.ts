import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureAuth } from './client';
import { ApiError } from './errors';
import { fetchFile, filenameFrom, withQuery } from './files';

describe('download helper', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    configureAuth({ token: () => null, onUnauthorized: () => undefined });
  });

  it('reads the Chinese name from filename*=UTF-8, then the plain name, then the fallback', () => {
    const name = '附件2_大连市演示第一中学.xlsx';
    expect(
      filenameFrom(
        `attachment; filename="download.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'x',
      ),
    ).toBe(name);
    expect(filenameFrom('attachment; filename="tickets.pdf"', 'x')).toBe('tickets.pdf');
    expect(filenameFrom(null, '准考证.pdf')).toBe('准考证.pdf');
    expect(filenameFrom("attachment; filename*=UTF-8''%E0%A4%A", 'fallback.pdf')).toBe(
      'fallback.pdf',
    );
  });

  it('builds query strings without empty values', () => {
    expect(
      withQuery('/api/v1/tickets.pdf', { unitId: 'u1', examYear: undefined, filler: '' }),
    ).toBe('/api/v1/tickets.pdf?unitId=u1');
    expect(withQuery('/x')).toBe('/x');
  });

  it('sends the token and returns the file with its name, reporting progress', async () => {
    configureAuth({ token: () => 'T', onUnauthorized: () => undefined });
    const fetchMock = vi.fn(
      async () =>
        new Response(new Uint8Array([37, 80, 68, 70]), {
          status: 200,
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Length': '4',
            'Content-Disposition': "attachment; filename*=UTF-8''%E5%87%86%E8%80%83%E8%AF%81.pdf",
          },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const progress: number[] = [];
    const { blob, filename } = await fetchFile('/api/v1/tickets.pdf', {
      fallbackName: 'x.pdf',
      onProgress: (p) => progress.push(p.loaded),
    });
    expect(filename).toBe('准考证.pdf');
    expect(blob.size).toBe(4);
    expect(progress.at(-1)).toBe(4);
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.headers).toEqual({ Authorization: 'Bearer T' });
  });

  it('notices a JSON error where a file was expected and keeps its Chinese message', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(
          JSON.stringify({
            statusCode: 409,
            code: 'TICKET_WINDOW_CLOSED',
            message: '准考证打印时间为2026年8月18日至8月20日',
            details: [],
          }),
          {
            status: 409,
            headers: { 'Content-Type': 'application/json; charset=utf-8' },
          },
        ),
    );
    await expect(fetchFile('/api/v1/tickets.pdf', { fallbackName: 'x.pdf' })).rejects.toMatchObject(
      {
        status: 409,
        code: 'TICKET_WINDOW_CLOSED',
        message: '准考证打印时间为2026年8月18日至8月20日',
      },
    );
  });

  it('refuses a 200 JSON body in place of a file', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response('{"items":[]}', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const err = await fetchFile('/x.pdf', { fallbackName: 'x.pdf' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe('服务器没有返回文件，请稍后重试');
  });

  it('reports a 401 of a signed-in download to the session', async () => {
    const onUnauthorized = vi.fn();
    configureAuth({ token: () => 'T', onUnauthorized });
    vi.stubGlobal('fetch', async () => new Response('', { status: 401 }));
    await expect(fetchFile('/x.pdf', { fallbackName: 'x.pdf' })).rejects.toMatchObject({
      status: 401,
      message: '登录已失效，请重新登录',
    });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });
});
