import { computed, reactive } from 'vue';
import { api, configureAuth, createLatch, ok, type Schemas } from '@/api/client';

export type Me = Schemas['MeResponse'];
export type Role = Me['role'];
type Token = Schemas['TokenResponse'];

const STORAGE_KEY = 'exam-console-session';

interface Stored {
  token: string;
  /** When the token was issued (ms since epoch), and for how long it lives. */
  issuedAt: number;
  expiresIn: number;
}

/**
 * Kept in sessionStorage: a reload keeps the sign-in, closing the tab ends it (clerks share
 * office computers).
 */
function readStored(): Stored | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const s = raw ? (JSON.parse(raw) as Partial<Stored>) : null;
    return s && typeof s.token === 'string' && typeof s.issuedAt === 'number'
      ? { token: s.token, issuedAt: s.issuedAt, expiresIn: Number(s.expiresIn) || 1800 }
      : null;
  } catch {
    return null;
  }
}

const state = reactive<{ stored: Stored | null; me: Me | null; notice: string | null }>({
  stored: typeof sessionStorage === 'undefined' ? null : readStored(),
  me: null,
  notice: null,
});

function keep(t: Token): void {
  state.stored = { token: t.accessToken, issuedAt: Date.now(), expiresIn: t.expiresIn };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state.stored));
}

function forget(): void {
  state.stored = null;
  state.me = null;
  sessionStorage.removeItem(STORAGE_KEY);
}

/** What the sign-in page should tell the user (expired, idle, signed out). */
export type EndReason = 'expired' | 'idle' | 'signed-out';

const END_NOTICES: Record<EndReason, string | null> = {
  expired: '登录已失效，请重新登录',
  idle: '长时间未操作，已自动退出，请重新登录',
  'signed-out': null,
};

let onEnded: (reason: EndReason) => void = () => undefined;

/** The router tells the session how to get back to sign-in. */
export function onSessionEnded(fn: (reason: EndReason) => void): void {
  onEnded = fn;
}

const unauthorized = createLatch(() => end('expired'));

function end(reason: EndReason): void {
  forget();
  state.notice = END_NOTICES[reason];
  onEnded(reason);
}

configureAuth({
  token: () => state.stored?.token ?? null,
  onUnauthorized: () => unauthorized.fire(),
});

export const session = {
  state,
  signedIn: computed(() => state.stored !== null),
  role: computed<Role | null>(() => state.me?.role ?? null),
  mustChangePassword: computed(() => state.me?.mustChangePassword ?? false),

  async signIn(username: string, password: string): Promise<Me> {
    const token = await ok(api.POST('/api/v1/auth/login', { body: { username, password } }));
    keep(token);
    unauthorized.reset();
    state.notice = null;
    return session.loadMe();
  },

  async loadMe(): Promise<Me> {
    state.me = await ok(api.GET('/api/v1/auth/me'));
    return state.me;
  },

  async changePassword(currentPassword: string, newPassword: string): Promise<Me> {
    const token = await ok(
      api.POST('/api/v1/auth/password', { body: { currentPassword, newPassword } }),
    );
    keep(token);
    return session.loadMe();
  },

  /** Renews the token while the user works (called on activity, at most once per half-life). */
  async refreshIfDue(now = Date.now()): Promise<void> {
    const s = state.stored;
    if (!s || state.me?.mustChangePassword) return;
    if (now - s.issuedAt < (s.expiresIn * 1000) / 2) return;
    try {
      keep(await ok(api.POST('/api/v1/auth/refresh')));
    } catch {
      /* a 401 already sent the user to sign-in; anything else is retried on the next activity */
    }
  },

  /**
   * Renews a token that would expire within `withinMs`: while the idle timer still runs (the
   * user may come back and 继续使用), the token must outlive it, or the return would meet a 401.
   */
  async refreshIfExpiring(withinMs: number, now = Date.now()): Promise<void> {
    const s = state.stored;
    if (!s || state.me?.mustChangePassword) return;
    if (s.issuedAt + s.expiresIn * 1000 - now > withinMs) return;
    try {
      keep(await ok(api.POST('/api/v1/auth/refresh')));
    } catch {
      /* a 401 already sent the user to sign-in; anything else is retried on the next round */
    }
  },

  async signOut(reason: EndReason = 'signed-out'): Promise<void> {
    if (state.stored) {
      await api.POST('/api/v1/auth/logout').catch(() => undefined);
    }
    end(reason);
  },

  /** Read once by the sign-in page. */
  takeNotice(): string | null {
    const n = state.notice;
    state.notice = null;
    return n;
  },
};
