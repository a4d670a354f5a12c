import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from './useIdleTimeout';

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
