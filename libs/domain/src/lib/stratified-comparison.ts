import { percentileCont } from './percentile';
import { SeededRandom } from './seeded-random';

/** What is compared per stratum: the mean of a value, the share of 1s among 0/1 values, or the median. */
export type ComparisonStatistic = 'mean' | 'rate' | 'median';
export type BetterWhen = 'lower' | 'higher';
export type ComparisonDirection = 'better' | 'worse' | 'unclear';

/** One case: its stratum (e.g. `${severity}|${category}`) and its value of the metric. */
export interface StratifiedObservation {
  stratum: string;
  value: number;
}

export interface StratifiedComparisonOptions {
  statistic: ComparisonStatistic;
  /** Whether a lower (MTTR, breach rate) or a higher (CSAT) value is the better one. */
  better: BetterWhen;
  /** Bootstrap resamples; 2000 unless told. */
  resamples?: number;
  /** Seed of the resampling, so the same data give the same interval; 1 unless told. */
  seed?: number;
  /** A group with fewer observations than this in the compared strata is too few to judge; 20 unless told. */
  minimumPerGroup?: number;
  /** Confidence of the interval; 0.95 unless told. */
  confidence?: number;
}

export interface StratumEstimate {
  n: number;
  estimate: number;
}

/** A stratum found in both groups, with its weight in the standardised estimates. */
export interface ComparedStratum {
  stratum: string;
  /** Its share of the observations of both groups in the compared strata. */
  weight: number;
  a: StratumEstimate;
  b: StratumEstimate;
  /** b.estimate - a.estimate. */
  difference: number;
}

/** A stratum found in one group only: nothing to compare it with, so it is left out of every estimate. */
export interface ExcludedStratum {
  stratum: string;
  nA: number;
  nB: number;
}

export interface GroupComparisonSummary {
  /** All observations of the group. */
  n: number;
  /** Those in the compared strata. */
  compared: number;
  /** The statistic over the compared observations pooled, ignoring strata; null when none. */
  naive: number | null;
  /** The weighted sum of the stratum estimates with the shared weights; null when no stratum is compared. */
  standardised: number | null;
}

export interface StratifiedComparison {
  statistic: ComparisonStatistic;
  better: BetterWhen;
  resamples: number;
  seed: number;
  confidence: number;
  a: GroupComparisonSummary;
  b: GroupComparisonSummary;
  /** In stratum order (code-unit order of the names). */
  strata: ComparedStratum[];
  excluded: ExcludedStratum[];
  /** b.naive - a.naive: what a comparison blind to case mix would say. */
  naiveDifference: number | null;
  /** b.standardised - a.standardised: both groups weighted to the same case mix. */
  difference: number | null;
  /** Bootstrap percentile interval of `difference`. */
  ciLow: number | null;
  ciHigh: number | null;
  /** A group has fewer than `minimumPerGroup` observations in the compared strata. */
  tooFew: boolean;
  /** Better or worse only when there are enough observations and the interval excludes 0. */
  direction: ComparisonDirection;
}

const DEFAULTS = { resamples: 2000, seed: 1, minimumPerGroup: 20, confidence: 0.95 };

/**
 * Whether group B (a procedure version or period) did better than group A on a metric, without mistaking a change in
 * case mix for an improvement: the statistic is estimated per stratum, and both groups are direct-standardised to the
 * same weights (each compared stratum's share of both groups pooled), so B − A is a difference at equal case mix. The
 * interval is a stratified bootstrap (resampling within each stratum and group, seeded, so repeatable). The naive
 * difference over the same observations is returned too: the gap between the two is the effect of case mix. For
 * 'median' the standardised figure is the weighted mean of the stratum medians.
 */
export function compareStratified(
  a: readonly StratifiedObservation[],
  b: readonly StratifiedObservation[],
  options: StratifiedComparisonOptions,
): StratifiedComparison {
  const { statistic, better } = options;
  const resamples = options.resamples ?? DEFAULTS.resamples;
  const seed = options.seed ?? DEFAULTS.seed;
  const minimumPerGroup = options.minimumPerGroup ?? DEFAULTS.minimumPerGroup;
  const confidence = options.confidence ?? DEFAULTS.confidence;
  if (!Number.isInteger(resamples) || resamples < 1) throw new Error('resamples must be a positive integer');
  if (!Number.isInteger(minimumPerGroup) || minimumPerGroup < 0) {
    throw new Error('minimumPerGroup must be a non-negative integer');
  }
  if (!(confidence > 0 && confidence < 1)) throw new Error('confidence must be between 0 and 1');
  const byStratumA = groupByStratum(a, statistic);
  const byStratumB = groupByStratum(b, statistic);

  const names = [...new Set([...byStratumA.keys(), ...byStratumB.keys()])].sort();
  const compared = names.filter((name) => byStratumA.has(name) && byStratumB.has(name));
  const excluded = names
    .filter((name) => !(byStratumA.has(name) && byStratumB.has(name)))
    .map((stratum) => ({
      stratum,
      nA: byStratumA.get(stratum)?.length ?? 0,
      nB: byStratumB.get(stratum)?.length ?? 0,
    }));
  const samplesA = compared.map((name) => byStratumA.get(name) as Float64Array);
  const samplesB = compared.map((name) => byStratumB.get(name) as Float64Array);
  const comparedA = countAll(samplesA);
  const comparedB = countAll(samplesB);
  const weights = samplesA.map(
    (sample, i) => (sample.length + (samplesB[i] as Float64Array).length) / (comparedA + comparedB),
  );

  const strata = compared.map((stratum, i) => {
    const sampleA = samplesA[i] as Float64Array;
    const sampleB = samplesB[i] as Float64Array;
    const estimateA = estimate(sampleA, statistic);
    const estimateB = estimate(sampleB, statistic);
    return {
      stratum,
      weight: weights[i] as number,
      a: { n: sampleA.length, estimate: estimateA },
      b: { n: sampleB.length, estimate: estimateB },
      difference: estimateB - estimateA,
    };
  });
  // Summed in stratum order, as the bootstrap does, so a sample that cannot vary gives exactly its point estimate.
  const standardisedA = strata.length ? strata.reduce((sum, s) => sum + s.weight * s.a.estimate, 0) : null;
  const standardisedB = strata.length ? strata.reduce((sum, s) => sum + s.weight * s.b.estimate, 0) : null;
  const naiveA = comparedA ? estimate(pooled(samplesA, statistic), statistic) : null;
  const naiveB = comparedB ? estimate(pooled(samplesB, statistic), statistic) : null;
  const difference = standardisedA === null || standardisedB === null ? null : standardisedB - standardisedA;

  const { ciLow, ciHigh } =
    difference === null
      ? { ciLow: null, ciHigh: null }
      : bootstrapInterval(samplesA, samplesB, weights, statistic, { resamples, seed, confidence });

  const tooFew = comparedA < minimumPerGroup || comparedB < minimumPerGroup;
  return {
    statistic,
    better,
    resamples,
    seed,
    confidence,
    a: { n: a.length, compared: comparedA, naive: naiveA, standardised: standardisedA },
    b: { n: b.length, compared: comparedB, naive: naiveB, standardised: standardisedB },
    strata,
    excluded,
    naiveDifference: naiveA === null || naiveB === null ? null : naiveB - naiveA,
    difference,
    ciLow,
    ciHigh,
    tooFew,
    direction: tooFew || ciLow === null || ciHigh === null ? 'unclear' : directionOf(ciLow, ciHigh, better),
  };
}

function directionOf(ciLow: number, ciHigh: number, better: BetterWhen): ComparisonDirection {
  if (ciLow <= 0 && ciHigh >= 0) return 'unclear';
  const bIsHigher = ciLow > 0;
  return bIsHigher === (better === 'higher') ? 'better' : 'worse';
}

/** The values of each stratum, checked for the statistic; sorted for the median. */
function groupByStratum(
  observations: readonly StratifiedObservation[],
  statistic: ComparisonStatistic,
): Map<string, Float64Array> {
  const lists = new Map<string, number[]>();
  for (const { stratum, value } of observations) {
    if (!Number.isFinite(value)) throw new Error(`a value in stratum "${stratum}" is not a finite number`);
    if (statistic === 'rate' && value !== 0 && value !== 1) {
      throw new Error(`a rate needs values 0 or 1; stratum "${stratum}" has ${value}`);
    }
    const list = lists.get(stratum);
    if (list) list.push(value);
    else lists.set(stratum, [value]);
  }
  const samples = new Map<string, Float64Array>();
  for (const [stratum, list] of lists) {
    const sample = Float64Array.from(list);
    samples.set(stratum, statistic === 'median' ? sample.sort() : sample);
  }
  return samples;
}

/** The statistic of a non-empty sample (sorted when the statistic is the median). */
function estimate(sample: Float64Array, statistic: ComparisonStatistic): number {
  if (statistic === 'median') return percentileCont(Array.from(sample), 0.5);
  let sum = 0;
  for (const value of sample) sum += value;
  return sum / sample.length;
}

/** Percentile interval of B - A over seeded resamples: all of A's strata are drawn first, then B's. */
function bootstrapInterval(
  samplesA: readonly Float64Array[],
  samplesB: readonly Float64Array[],
  weights: readonly number[],
  statistic: ComparisonStatistic,
  { resamples, seed, confidence }: { resamples: number; seed: number; confidence: number },
): { ciLow: number; ciHigh: number } {
  const random = SeededRandom.fromSeed(seed);
  const resampledA = bootstrapStandardised(samplesA, weights, statistic, resamples, random);
  const resampledB = bootstrapStandardised(samplesB, weights, statistic, resamples, random);
  const differences = Array.from(resampledB.map((valueB, r) => valueB - (resampledA[r] as number)).sort());
  const tail = (1 - confidence) / 2;
  return { ciLow: percentileCont(differences, tail), ciHigh: percentileCont(differences, 1 - tail) };
}

/**
 * The standardised estimate of each of `resamples` bootstrap resamples: every stratum's sample is drawn again with
 * replacement at its own size, and its statistic weighted as in the point estimate.
 */
function bootstrapStandardised(
  samples: readonly Float64Array[],
  weights: readonly number[],
  statistic: ComparisonStatistic,
  resamples: number,
  random: SeededRandom,
): Float64Array {
  const totals = new Float64Array(resamples);
  samples.forEach((sample, i) => {
    const weight = weights[i] as number;
    const counts = statistic === 'median' ? new Int32Array(sample.length) : null;
    for (let r = 0; r < resamples; r++) {
      const value = counts ? resampledMedian(sample, counts, random) : resampledMean(sample, random);
      totals[r] = (totals[r] as number) + weight * value;
    }
  });
  return totals;
}

function resampledMean(sample: Float64Array, random: SeededRandom): number {
  const n = sample.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += sample[random.nextIndex(n)] as number;
  return sum / n;
}

/**
 * The median of a resample of a sorted sample without sorting: count how often each position is drawn (into
 * `counts`, reused), then walk the counts to the middle rank(s), interpolating as percentileCont does.
 */
function resampledMedian(sorted: Float64Array, counts: Int32Array, random: SeededRandom): number {
  const n = sorted.length;
  counts.fill(0);
  for (let k = 0; k < n; k++) {
    const drawn = random.nextIndex(n);
    counts[drawn] = (counts[drawn] as number) + 1;
  }
  const middle = (n - 1) / 2;
  const lowerRank = Math.floor(middle);
  const upperRank = Math.ceil(middle);
  let seen = 0;
  let position = 0;
  while (seen + (counts[position] as number) <= lowerRank) seen += counts[position++] as number;
  const low = sorted[position] as number;
  while (seen + (counts[position] as number) <= upperRank) seen += counts[position++] as number;
  const high = sorted[position] as number;
  return low + (high - low) * (middle - lowerRank);
}

function countAll(samples: readonly Float64Array[]): number {
  return samples.reduce((sum, sample) => sum + sample.length, 0);
}

/** All strata's values in one sample, ignoring strata (sorted again for the median). */
function pooled(samples: readonly Float64Array[], statistic: ComparisonStatistic): Float64Array {
  const all = new Float64Array(countAll(samples));
  let offset = 0;
  for (const sample of samples) {
    all.set(sample, offset);
    offset += sample.length;
  }
  return statistic === 'median' ? all.sort() : all;
}
