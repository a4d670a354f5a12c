import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The session module keeps its token in sessionStorage: a memory one stands in here. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('session.refreshIfExpiring', () => {
  const T0 = Date.parse('2025-07-01T02:00:00Z');
  let fetch: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    vi.resetModules();
    const storage = memoryStorage();
    storage.setItem(
      'exam-console-session',
      JSON.stringify({ token: 'old', issuedAt: T0, expiresIn: 1800 }),
    );
    vi.stubGlobal('sessionStorage', storage);
    fetch = vi.fn(async () =>
      Response.json({ accessToken: 'new', tokenType: 'Bearer', expiresIn: 1800 }),
    );
    vi.stubGlobal('fetch', fetch);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('leaves a token that outlives the margin alone', async () => {
    const { session } = await import('./session');
    await session.refreshIfExpiring(2 * 60_000, T0 + 27 * 60_000);
    expect(fetch).not.toHaveBeenCalled();
    expect(session.state.stored?.token).toBe('old');
  });

  it('renews a token about to expire, so the idle warning can still keep the session', async () => {
    const { session } = await import('./session');
    await session.refreshIfExpiring(2 * 60_000, T0 + 28 * 60_000 + 1);
    expect(fetch).toHaveBeenCalledOnce();
    const request = fetch.mock.calls[0]![0] as Request;
    expect(new URL(request.url).pathname).toBe('/api/v1/auth/refresh');
    expect(request.headers.get('Authorization')).toBe('Bearer old');
    expect(session.state.stored?.token).toBe('new');
  });
});
