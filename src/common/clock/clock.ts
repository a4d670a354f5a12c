import { Injectable } from '@nestjs/common';

/**
 * The only source of "now". Rules receive dates from their callers; tests
 * replace this provider with a fixed clock.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until moved: for tests and demos. */
export class FixedClock extends Clock {
  constructor(private instant: Date) {
    super();
  }
  override now(): Date {
    return new Date(this.instant.getTime());
  }
  set(instant: Date | string): void {
    this.instant = new Date(instant);
  }
}
