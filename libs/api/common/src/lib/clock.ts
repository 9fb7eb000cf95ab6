/** Where services get "now" from, so tests can freeze time. The DI token for it too. */
export abstract class Clock {
  abstract now(): Date;

  /**
   * The instant a write should record, or null to let the database read its own clock after taking the row lock
   * (so concurrent writes to one escalation never record out of order).
   */
  abstract writeTime(): Date | null;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }

  writeTime(): null {
    return null;
  }
}

/** A clock that only moves when told to; for SLA math in tests. */
export class FrozenClock extends Clock {
  private current: number;

  constructor(start: Date) {
    super();
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  writeTime(): Date {
    return this.now();
  }

  set(at: Date): void {
    this.current = at.getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
