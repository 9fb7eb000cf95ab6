import studentTQuantile from '@stdlib/stats-base-dists-t-quantile';

/** A sample of scores as its size, mean and sample variance (n - 1 in the denominator). */
export interface SampleSummary {
  n: number;
  mean: number;
  variance: number;
}

export interface WelchDifference {
  /** a.mean - b.mean. */
  difference: number;
  /** Welch–Satterthwaite; null when neither sample varies. */
  degreesOfFreedom: number | null;
  ciLow: number;
  ciHigh: number;
}

/**
 * The difference of two means with its two-sided confidence interval (95 % unless told), not assuming equal
 * variances (Welch's t). Null when either sample has fewer than two values, so has no variance. When neither varies
 * the standard error is 0 and the interval is the difference itself.
 */
export function welchDifference(a: SampleSummary, b: SampleSummary, confidence = 0.95): WelchDifference | null {
  if (a.n < 2 || b.n < 2) return null;
  const difference = a.mean - b.mean;
  const shareA = a.variance / a.n;
  const shareB = b.variance / b.n;
  const squaredError = shareA + shareB;
  if (squaredError === 0) return { difference, degreesOfFreedom: null, ciLow: difference, ciHigh: difference };
  const degreesOfFreedom = squaredError ** 2 / (shareA ** 2 / (a.n - 1) + shareB ** 2 / (b.n - 1));
  const margin = studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom) * Math.sqrt(squaredError);
  return { difference, degreesOfFreedom, ciLow: difference - margin, ciHigh: difference + margin };
}

/** Size, mean and sample variance of scores (variance 0 for fewer than two). */
export function summarize(values: readonly number[]): SampleSummary {
  const n = values.length;
  const mean = n ? values.reduce((sum, v) => sum + v, 0) / n : 0;
  const variance = n > 1 ? values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1) : 0;
  return { n, mean, variance };
}
