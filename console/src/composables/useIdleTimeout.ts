import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

export interface IdleTimer {
  /** Something the user did: restarts the countdown (ignored while the warning is shown). */
  activity(): void;
  /** The user chose to stay (继续使用): restarts the countdown even during the warning. */
  keepAlive(): void;
  stop(): void;
}

/**
 * Calls `onIdle` once when no activity was reported for `timeoutMs`, and `onWarn` `warnMs`
 * before that. Activity is counted at most once per `throttleMs` (mouse moves come by the
 * hundred), and `onActivity` hears it. Once the warning is up, only `keepAlive` (the user's
 * explicit answer) restarts the countdown: a stray mouse move must not hide the question.
 */
export function createIdleTimer(opts: {
  timeoutMs: number;
  onIdle: () => void;
  warnMs?: number;
  onWarn?: (deadline: number) => void;
  onActivity?: () => void;
  throttleMs?: number;
  now?: () => number;
}): IdleTimer {
  const now = opts.now ?? Date.now;
  const throttle = opts.throttleMs ?? 1000;
  const warnMs = Math.min(opts.warnMs ?? 0, opts.timeoutMs);
  let last = -Infinity;
  let idleHandle: ReturnType<typeof setTimeout> | null = null;
  let warnHandle: ReturnType<typeof setTimeout> | null = null;
  let warning = false;
  let stopped = false;

  const clear = () => {
    if (idleHandle) clearTimeout(idleHandle);
    if (warnHandle) clearTimeout(warnHandle);
    idleHandle = warnHandle = null;
  };
  const arm = () => {
    clear();
    warning = false;
    const deadline = now() + opts.timeoutMs;
    if (warnMs > 0 && opts.onWarn) {
      warnHandle = setTimeout(() => {
        warnHandle = null;
        if (stopped) return;
        warning = true;
        opts.onWarn?.(deadline);
      }, opts.timeoutMs - warnMs);
    }
    idleHandle = setTimeout(() => {
      idleHandle = null;
      if (stopped) return;
      stopped = true;
      opts.onIdle();
    }, opts.timeoutMs);
  };

  arm();
  return {
    activity() {
      if (stopped || warning) return;
      const t = now();
      if (t - last < throttle) return;
      last = t;
      arm();
      opts.onActivity?.();
    },
    keepAlive() {
      if (stopped) return;
      last = now();
      arm();
      opts.onActivity?.();
    },
    stop() {
      stopped = true;
      clear();
    },
  };
}

/** What the signed-in layout shows before the idle sign-out: the warning and its countdown. */
export interface IdleWarning {
  warning: Ref<boolean>;
  secondsLeft: Ref<number>;
  keepAlive(): void;
  activity(): void;
  stop(): void;
}

/**
 * The idle timer with a visible warning: `warning` turns true `warnMs` before the sign-out and
 * `secondsLeft` counts down each second; `keepAlive` (继续使用) hides it and restarts.
 */
export function createIdleWarning(opts: {
  timeoutMs: number;
  warnMs: number;
  onIdle: () => void;
  onActivity?: () => void;
  now?: () => number;
}): IdleWarning {
  const now = opts.now ?? Date.now;
  const warning = ref(false);
  const secondsLeft = ref(0);
  let ticker: ReturnType<typeof setInterval> | null = null;
  const hide = () => {
    if (ticker) clearInterval(ticker);
    ticker = null;
    warning.value = false;
  };
  const timer = createIdleTimer({
    timeoutMs: opts.timeoutMs,
    warnMs: opts.warnMs,
    now,
    onActivity: opts.onActivity,
    onWarn(deadline) {
      const tick = () => {
        secondsLeft.value = Math.max(0, Math.ceil((deadline - now()) / 1000));
      };
      tick();
      warning.value = true;
      ticker = setInterval(tick, 1000);
    },
    onIdle() {
      hide();
      opts.onIdle();
    },
  });
  return {
    warning,
    secondsLeft,
    activity: () => timer.activity(),
    keepAlive() {
      hide();
      timer.keepAlive();
    },
    stop() {
      hide();
      timer.stop();
    },
  };
}

const EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * The signed-in layout's idle timeout: DOM activity restarts it; a minute before (half the
 * time when it is shorter than two minutes) `warning` asks whether to stay; idleness calls
 * `onIdle`.
 */
export function useIdleTimeout(
  timeoutMs: number,
  onIdle: () => void,
  onActivity?: () => void,
): Pick<IdleWarning, 'warning' | 'secondsLeft' | 'keepAlive'> {
  const idle = createIdleWarning({ timeoutMs, warnMs: warnBefore(timeoutMs), onIdle, onActivity });
  const listener = () => idle.activity();
  onMounted(() => {
    for (const e of EVENTS) window.addEventListener(e, listener, { passive: true, capture: true });
  });
  onBeforeUnmount(() => {
    idle.stop();
    for (const e of EVENTS) window.removeEventListener(e, listener, { capture: true });
  });
  return { warning: idle.warning, secondsLeft: idle.secondsLeft, keepAlive: idle.keepAlive };
}

/** A minute's warning, or half the idle time when that is shorter than two minutes. */
export function warnBefore(timeoutMs: number): number {
  return Math.min(60_000, Math.floor(timeoutMs / 2));
}

/** 30 minutes, or a shorter time set for a demonstration or a test (localStorage, seconds). */
export function idleTimeoutMs(): number {
  const override = Number(globalThis.localStorage?.getItem('exam-console-idle-seconds'));
  return Number.isFinite(override) && override > 0 ? override * 1000 : 30 * 60 * 1000;
}
