import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';

const simulated = new AsyncLocalStorage<Date>();

/**
 * The only source of "now". Rules receive dates from their callers; tests
 * replace this provider with a fixed clock. `at` runs work as if at another
 * instant (the demo walks its candidates through past steps of the real
 * services): only the work inside sees that instant; concurrent requests keep
 * the real time.
 */
@Injectable()
export class Clock {
  now(): Date {
    const at = simulated.getStore();
    return new Date((at ?? this.realNow()).getTime());
  }

  at<T>(instant: Date, work: () => Promise<T>): Promise<T> {
    return simulated.run(new Date(instant.getTime()), work);
  }

  protected realNow(): Date {
    return new Date();
  }
}

/** A clock that stands still until moved: for tests and demos. */
export class FixedClock extends Clock {
  constructor(private instant: Date) {
    super();
  }
  protected override realNow(): Date {
    return this.instant;
  }
  set(instant: Date | string): void {
    this.instant = new Date(instant);
  }
}
