const HOUR = 3_600_000;

/** Relative arrival rate by UTC hour of day: quiet nights, a morning peak, a post-lunch plateau. */
const HOUR_WEIGHT = [
  0.15, 0.12, 0.1, 0.1, 0.12, 0.2, 0.35, 0.7, 1.3, 1.7, 1.6, 1.5, 1.1, 1.3, 1.45, 1.4, 1.2, 0.9, 0.55, 0.4, 0.3, 0.25,
  0.2, 0.18,
];
/** Relative arrival rate by day of week, Sunday first. */
const DAY_WEIGHT = [0.2, 1.1, 1.05, 1, 1, 0.9, 0.25];

/**
 * Spreads `count` arrivals over [from, to) following the weekly seasonality. Arrival i falls at the
 * (i + jitter) / count quantile of the rate, so arrivals come out in time order, one at a time.
 */
export class ArrivalSchedule {
  private readonly start: number;
  private readonly cumulative: Float64Array;
  private bucket = 0;

  constructor(
    from: number,
    private readonly to: number,
    private readonly count: number,
  ) {
    this.start = Math.floor(from / HOUR) * HOUR;
    const hours = Math.max(1, Math.ceil((to - this.start) / HOUR));
    this.cumulative = new Float64Array(hours);
    let total = 0;
    for (let h = 0; h < hours; h++) {
      const at = new Date(this.start + h * HOUR);
      total += (HOUR_WEIGHT[at.getUTCHours()] ?? 1) * (DAY_WEIGHT[at.getUTCDay()] ?? 1);
      this.cumulative[h] = total;
    }
  }

  /** Arrival time of the i-th escalation; call with increasing i; jitter in [0, 1). */
  at(i: number, jitter: number): number {
    const cumulative = this.cumulative;
    const total = cumulative[cumulative.length - 1] as number;
    const target = ((i + jitter) / this.count) * total;
    while (this.bucket < cumulative.length - 1 && (cumulative[this.bucket] as number) <= target) this.bucket++;
    const before = this.bucket === 0 ? 0 : (cumulative[this.bucket - 1] as number);
    const within = (target - before) / ((cumulative[this.bucket] as number) - before);
    return Math.min(this.to - 1000, Math.floor(this.start + (this.bucket + within) * HOUR));
  }
}
