/**
 * Durations kept as counts in 64 log-spaced buckets: bucket 0 holds [0, 30 s), bucket k (1..62) holds
 * [30 s x 1.2^(k-1), 30 s x 1.2^k), bucket 63 everything from 30 s x 1.2^62 (about 28 days) on. A percentile read
 * off the buckets is within one bucket's width (20 %) of the exact one, and on real data within about 1 %.
 * The SQL function `duration_bucket` (migration StintDailyRollup) must bucket the same way.
 */
export const HISTOGRAM_BUCKETS = 64;
const FIRST_EDGE_SECONDS = 30;
const GROWTH = 1.2;

/** The lower edge of bucket `k` in seconds. */
export function bucketStart(k: number): number {
  return k === 0 ? 0 : FIRST_EDGE_SECONDS * GROWTH ** (k - 1);
}

export function durationBucket(seconds: number): number {
  if (seconds < FIRST_EDGE_SECONDS) return 0;
  return Math.min(HISTOGRAM_BUCKETS - 1, 1 + Math.floor(Math.log(seconds / FIRST_EDGE_SECONDS) / Math.log(GROWTH)));
}

/**
 * The `fraction` percentile of the durations counted in `buckets`, in seconds: the bucket holding the rank of
 * `percentile_cont`, interpolated inside it on a log scale (linearly in the first, which starts at 0, and taken as
 * its lower edge in the open-ended last). Null for no durations.
 */
export function histogramPercentile(buckets: readonly number[], fraction: number): number | null {
  const total = buckets.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  // percentile_cont's rank among `total` values, as a position within the buckets' cumulative counts.
  const rank = fraction * (total - 1) + 0.5;
  let below = 0;
  for (let k = 0; k < buckets.length; k++) {
    const count = buckets[k] ?? 0;
    if (count > 0 && below + count >= rank) {
      const within = (rank - below) / count;
      if (k === HISTOGRAM_BUCKETS - 1) return bucketStart(k);
      const low = bucketStart(k);
      const high = bucketStart(k + 1);
      return k === 0 ? high * within : low * (high / low) ** within;
    }
    below += count;
  }
  return bucketStart(HISTOGRAM_BUCKETS - 1);
}
