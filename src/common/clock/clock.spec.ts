import { Clock, FixedClock } from './clock';

describe('Clock.at: work as if at another instant, only inside', () => {
  it('shows the simulated instant inside, across awaits, and the real one outside', async () => {
    const clock = new FixedClock(new Date('2026-11-30T02:00:00Z'));
    const seen = await clock.at(new Date('2026-10-01T02:00:00Z'), async () => {
      await new Promise((r) => setTimeout(r, 1));
      return clock.now().toISOString();
    });
    expect(seen).toBe('2026-10-01T02:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-11-30T02:00:00.000Z');
  });

  it('does not leak into concurrent work', async () => {
    const clock = new Clock();
    const inside = clock.at(new Date('2000-01-01T00:00:00Z'), async () => {
      await new Promise((r) => setTimeout(r, 5));
      return clock.now().getUTCFullYear();
    });
    expect(clock.now().getUTCFullYear()).toBeGreaterThan(2020);
    expect(await inside).toBe(2000);
  });

  it('hands out copies: a caller cannot move the clock by mutating a date', () => {
    const clock = new FixedClock(new Date('2026-11-30T02:00:00Z'));
    clock.now().setUTCFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2026);
  });
});
