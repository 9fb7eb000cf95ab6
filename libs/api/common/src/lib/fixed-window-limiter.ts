/**
 * Counts requests per key in fixed windows, in this process's memory: a limit per instance, not per cluster, and
 * forgotten on restart. Enough to stop one client from guessing link tokens (status pages, surveys) quickly (they
 * are 256-bit HMACs, so guessing is hopeless anyway); the login throttle, which must hold across instances, counts in
 * PostgreSQL instead.
 */
export class FixedWindowLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one request; false once the key has used up its window. */
  take(key: string, nowMs: number): boolean {
    const start = nowMs - (nowMs % this.windowMs);
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.counts = new Map();
    }
    const used = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, used);
    return used <= this.limit;
  }
}
