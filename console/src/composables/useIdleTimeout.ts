import { onBeforeUnmount, onMounted } from 'vue';

export interface IdleTimer {
  /** Something the user did: restarts the countdown. */
  activity(): void;
  stop(): void;
}

/**
 * Calls `onIdle` once when no activity was reported for `timeoutMs`. Activity is counted at
 * most once per `throttleMs` (mouse moves come by the hundred), and `onActivity` hears it.
 */
export function createIdleTimer(opts: {
  timeoutMs: number;
  onIdle: () => void;
  onActivity?: () => void;
  throttleMs?: number;
  now?: () => number;
}): IdleTimer {
  const now = opts.now ?? Date.now;
  const throttle = opts.throttleMs ?? 1000;
  let last = -Infinity;
  let handle: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const arm = () => {
    if (handle) clearTimeout(handle);
    handle = setTimeout(() => {
      handle = null;
      if (stopped) return;
      stopped = true;
      opts.onIdle();
    }, opts.timeoutMs);
  };

  arm();
  return {
    activity() {
      if (stopped) return;
      const t = now();
      if (t - last < throttle) return;
      last = t;
      arm();
      opts.onActivity?.();
    },
    stop() {
      stopped = true;
      if (handle) clearTimeout(handle);
      handle = null;
    },
  };
}

const EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/** The signed-in layout's idle timeout: DOM activity restarts it, idleness calls `onIdle`. */
export function useIdleTimeout(timeoutMs: number, onIdle: () => void, onActivity?: () => void) {
  let timer: IdleTimer | null = null;
  const listener = () => timer?.activity();
  onMounted(() => {
    timer = createIdleTimer({ timeoutMs, onIdle, onActivity });
    for (const e of EVENTS) window.addEventListener(e, listener, { passive: true, capture: true });
  });
  onBeforeUnmount(() => {
    timer?.stop();
    for (const e of EVENTS) window.removeEventListener(e, listener, { capture: true });
  });
}

/** 30 minutes, or a shorter time set for a demonstration or a test (localStorage, seconds). */
export function idleTimeoutMs(): number {
  const override = Number(globalThis.localStorage?.getItem('exam-console-idle-seconds'));
  return Number.isFinite(override) && override > 0 ? override * 1000 : 30 * 60 * 1000;
}
