import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, configureAuth, createLatch, ok } from './client';
import { ApiError } from './errors';

describe('request client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    configureAuth({ token: () => null, onUnauthorized: () => undefined });
  });

  it('adds the bearer token and returns typed data', async () => {
    configureAuth({ token: () => 'abc', onUnauthorized: () => undefined });
    let seen: Request | undefined;
    vi.stubGlobal('fetch', async (req: Request) => {
      seen = req;
      return Response.json({ status: 'ok' });
    });
    const data = await ok(api.GET('/api/v1/health'));
    expect(data.status).toBe('ok');
    expect(seen?.headers.get('Authorization')).toBe('Bearer abc');
  });

  it('rejects with an ApiError carrying the service body', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json(
        { statusCode: 404, code: 'NOT_FOUND', message: '报名不存在', details: [] },
        { status: 404 },
      ),
    );
    const err = await ok(
      api.GET('/api/v1/registrations/{id}', { params: { path: { id: 'x' } } }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 404, code: 'NOT_FOUND', message: '报名不存在' });
  });

  it('turns a network failure into a Chinese ApiError', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(ok(api.GET('/api/v1/health'))).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK',
    });
  });

  it('reports 401 once per burst when a token was sent, never for a sign-in attempt', async () => {
    const onUnauthorized = vi.fn();
    const latch = createLatch(onUnauthorized);
    vi.stubGlobal('fetch', async () =>
      Response.json(
        { statusCode: 401, code: 'UNAUTHENTICATED', message: '登录已失效', details: [] },
        { status: 401 },
      ),
    );

    configureAuth({ token: () => null, onUnauthorized: latch.fire });
    await ok(api.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } })).catch(
      () => undefined,
    );
    expect(onUnauthorized).not.toHaveBeenCalled();

    configureAuth({ token: () => 'expired', onUnauthorized: latch.fire });
    await Promise.all([1, 2, 3].map(() => ok(api.GET('/api/v1/auth/me')).catch(() => undefined)));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    latch.reset();
    await ok(api.GET('/api/v1/auth/me')).catch(() => undefined);
    expect(onUnauthorized).toHaveBeenCalledTimes(2);
  });
});
