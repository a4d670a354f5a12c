import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, asApiError, toApiError } from './errors';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

interface AuthHooks {
  /** The bearer token to send, if signed in. */
  token: () => string | null;
  /** Called when a request that carried a token answers 401 (expired, signed out elsewhere). */
  onUnauthorized: () => void;
}

let hooks: AuthHooks = { token: () => null, onUnauthorized: () => undefined };

/** The session module plugs its token and its 401 handling in here (no import cycle). */
export function configureAuth(h: AuthHooks): void {
  hooks = h;
}

export function authHeader(): Record<string, string> {
  const token = hooks.token();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Reads a failed response's body (JSON error body, or anything else) into an ApiError. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  return toApiError(response.status, body);
}

/** Called for every response that carried a token; true when it was a 401. */
export function noticeUnauthorized(request: Request | { headers: Headers }, status: number): void {
  if (status === 401 && request.headers.has('Authorization')) hooks.onUnauthorized();
}

const middleware: Middleware = {
  onRequest({ request }) {
    const token = hooks.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  async onResponse({ request, response }) {
    if (response.ok) return response;
    noticeUnauthorized(request, response.status);
    throw await errorFromResponse(response);
  },
  onError({ error }) {
    return asApiError(error);
  },
};

/** Typed against the service's OpenAPI document; every failure rejects with an ApiError. */
export const api = createClient<paths>({
  // Same origin as the page; absolute for Request() outside a browser (unit tests).
  baseUrl: typeof location === 'undefined' ? 'http://localhost' : location.origin,
  // Looked up at call time, so tests can replace fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(middleware);

/**
 * The data of a call that succeeded (the middleware turns every failure into a thrown
 * ApiError, so `data` is there for any 2xx with a body).
 */
export async function ok<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data } = await call;
  return data as T;
}

/**
 * A latch that runs `action` once until reset: many requests may fail with 401 at once
 * (an expired token), and the user should be sent to sign-in once, not once per request.
 */
export function createLatch(action: () => void): { fire: () => void; reset: () => void } {
  let fired = false;
  return {
    fire() {
      if (fired) return;
      fired = true;
      action();
    },
    reset() {
      fired = false;
    },
  };
}
