import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer, createIdleWarning, warnBefore } from './useIdleTimeout';

describe('idle timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after the timeout without activity', () => {
    const onIdle = vi.fn();
    createIdleTimer({ timeoutMs: 1000, onIdle });
    vi.advanceTimersByTime(999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(5000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('restarts on activity, at most once per throttle period', () => {
    const onIdle = vi.fn();
    const onActivity = vi.fn();
    const timer = createIdleTimer({
      timeoutMs: 1000,
      onIdle,
      onActivity,
      throttleMs: 100,
      now: () => Date.now(),
    });
    vi.advanceTimersByTime(900);
    timer.activity();
    timer.activity();
    expect(onActivity).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(900);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('stops for good', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 1000, onIdle });
    timer.stop();
    timer.activity();
    vi.advanceTimersByTime(2000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('idle warning before the sign-out', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const MINUTE = 60_000;
  const make = () => {
    const onIdle = vi.fn();
    const onActivity = vi.fn();
    const w = createIdleWarning({
      timeoutMs: 30 * MINUTE,
      warnMs: MINUTE,
      onIdle,
      onActivity,
      now: () => Date.now(),
    });
    return { w, onIdle, onActivity };
  };

  it('warns a minute before and counts the seconds down, then signs out', () => {
    const { w, onIdle } = make();
    vi.advanceTimersByTime(29 * MINUTE - 1);
    expect(w.warning.value).toBe(false);
    vi.advanceTimersByTime(1);
    expect(w.warning.value).toBe(true);
    expect(w.secondsLeft.value).toBe(60);
    vi.advanceTimersByTime(1000);
    expect(w.secondsLeft.value).toBe(59);
    vi.advanceTimersByTime(58_000);
    expect(w.secondsLeft.value).toBe(1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledOnce();
    expect(w.warning.value).toBe(false);
  });

  it('keeps the session on 继续使用: hides the warning, renews, restarts the full time', () => {
    const { w, onIdle, onActivity } = make();
    vi.advanceTimersByTime(29 * MINUTE + 30_000);
    expect(w.warning.value).toBe(true);
    w.keepAlive();
    expect(w.warning.value).toBe(false);
    expect(onActivity).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(29 * MINUTE - 1);
    expect(w.warning.value).toBe(false);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE + 1);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('does not let a stray mouse move hide the warning', () => {
    const { w, onIdle } = make();
    vi.advanceTimersByTime(29 * MINUTE);
    w.activity();
    expect(w.warning.value).toBe(true);
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('gives a short idle time half of it as warning', () => {
    expect(warnBefore(30 * MINUTE)).toBe(MINUTE);
    expect(warnBefore(10_000)).toBe(5000);
  });
});
