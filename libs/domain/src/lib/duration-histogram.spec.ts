import { percentileCont } from './percentile';
import { bucketStart, durationBucket, HISTOGRAM_BUCKETS, histogramPercentile } from './duration-histogram';

function histogram(seconds: readonly number[]): number[] {
  const buckets = new Array<number>(HISTOGRAM_BUCKETS).fill(0);
  for (const s of seconds) buckets[durationBucket(s)] = (buckets[durationBucket(s)] ?? 0) + 1;
  return buckets;
}

describe('duration histogram', () => {
  it('buckets by 30 s then 20 % wider each, the last open-ended', () => {
    expect([
      durationBucket(0),
      durationBucket(29.9),
      durationBucket(30),
      durationBucket(35.9),
      durationBucket(36),
    ]).toEqual([0, 0, 1, 1, 2]);
    expect(bucketStart(2)).toBeCloseTo(36, 9);
    expect(durationBucket(1e9)).toBe(63);
  });

  it('reads a percentile inside its bucket on a log scale', () => {
    // One value per bucket 1 (30-36 s): the median of one value sits mid-bucket on a log scale: 30 x 1.2^0.5.
    expect(histogramPercentile(histogram([33]), 0.5)).toBeCloseTo(30 * Math.sqrt(1.2), 9);
    // Four values in bucket 0 (0-30 s), linear there: p50 at rank 2 of 4 -> (1.5 + 0.5) / 4 of the way = 15 s.
    expect(histogramPercentile(histogram([1, 2, 3, 4]), 0.5)).toBeCloseTo(15, 9);
    expect(histogramPercentile([], 0.5)).toBeNull();
  });

  it('stays within 5 % of the exact percentile on a spread of durations', () => {
    // 2,000 durations from 1 minute to about 2 days, log-uniform as stays at a level are.
    const seconds = Array.from({ length: 2000 }, (_, i) => 60 * Math.exp((i / 1999) * Math.log(2880)));
    const buckets = histogram(seconds);
    for (const fraction of [0.5, 0.9, 0.95]) {
      const exact = percentileCont(seconds, fraction);
      const approximate = histogramPercentile(buckets, fraction) ?? 0;
      expect(Math.abs(approximate - exact) / exact).toBeLessThan(0.05);
    }
  });
});
