import type { ComparisonMetric, ComparisonMetricKind } from '@ladder/contracts';
import {
  compareStratified,
  type BetterWhen,
  type ComparisonStatistic,
  type StratifiedComparison,
  type StratifiedObservation,
} from '@ladder/domain';
import { splitStratum, type SideObservations } from './comparison-observations';
import { comparisonSentence, type SideNames } from './comparison-sentence';

/** Fixed, so that the same question gets the same interval. */
export const COMPARISON_SEED = 20_260_101;
export const COMPARISON_CONFIDENCE = 0.95;
/** A side with fewer observations than this in the strata both sides share is too few to judge. */
export const MINIMUM_PER_SIDE = 20;
const MAX_RESAMPLES = 2000;
const MIN_RESAMPLES = 200;
/**
 * Values drawn over all metrics of a report at most, about half a second of resampling on one core: 2,000 resamples
 * unless the samples are so large that fewer (in hundreds, at least 200) keep within it; the intervals of samples that
 * large are narrow anyway.
 */
const DRAW_BUDGET = 30_000_000;

interface MetricSpec {
  key: string;
  metric: ComparisonMetricKind;
  level: number | null;
  label: string;
  unit: ComparisonMetric['unit'];
  statistic: ComparisonStatistic;
  better: BetterWhen;
  a: readonly StratifiedObservation[];
  b: readonly StratifiedObservation[];
}

/** The metrics in the order shown: time at each level either side stayed at, breach rates, MTTR, CSAT. */
function metricSpecs(a: SideObservations, b: SideObservations, levelName: (level: number) => string): MetricSpec[] {
  const levels = [...new Set([...a.timeAtLevel.keys(), ...b.timeAtLevel.keys()])].sort((x, y) => x - y);
  const hours = { unit: 'hours', better: 'lower' } as const;
  const rate = { unit: 'share', statistic: 'rate', level: null } as const;
  return [
    ...levels.map((level) => ({
      key: `time-at-level:${level}`,
      metric: 'time-at-level' as const,
      level,
      label: `Time at ${levelName(level)}`,
      ...hours,
      statistic: 'mean' as const,
      a: a.timeAtLevel.get(level) ?? [],
      b: b.timeAtLevel.get(level) ?? [],
    })),
    {
      key: 'resolution-breach-rate',
      metric: 'resolution-breach-rate',
      label: 'Resolution breach rate',
      ...rate,
      better: 'lower',
      a: a.resolutionBreach,
      b: b.resolutionBreach,
    },
    {
      key: 'response-breach-rate',
      metric: 'response-breach-rate',
      label: 'Response breach rate',
      ...rate,
      better: 'lower',
      a: a.responseBreach,
      b: b.responseBreach,
    },
    {
      key: 'mttr',
      metric: 'mttr',
      level: null,
      label: 'MTTR (median)',
      ...hours,
      statistic: 'median',
      a: a.mttr,
      b: b.mttr,
    },
    { key: 'csat', metric: 'csat', label: 'CSAT (share of 4–5)', ...rate, better: 'higher', a: a.csat, b: b.csat },
  ];
}

/** As many resamples as the draw budget allows for all the report's observations (a median costs about two draws). */
export function resamplesFor(observations: number): number {
  if (observations === 0) return MAX_RESAMPLES;
  const affordable = Math.floor(DRAW_BUDGET / observations / 100) * 100;
  return Math.max(MIN_RESAMPLES, Math.min(MAX_RESAMPLES, affordable));
}

function observationCount(specs: readonly MetricSpec[]): number {
  return specs.reduce((sum, s) => sum + (s.a.length + s.b.length) * (s.statistic === 'median' ? 2 : 1), 0);
}

/** B - A for every metric, standardised over severity x category, with its interval and sentence. */
export function compareSides(
  a: SideObservations,
  b: SideObservations,
  levelName: (level: number) => string,
  sides: SideNames,
): ComparisonMetric[] {
  const specs = metricSpecs(a, b, levelName);
  const resamples = resamplesFor(observationCount(specs));
  return specs.map((spec) => {
    const result = compareStratified(spec.a, spec.b, {
      statistic: spec.statistic,
      better: spec.better,
      resamples,
      seed: COMPARISON_SEED,
      minimumPerGroup: MINIMUM_PER_SIDE,
      confidence: COMPARISON_CONFIDENCE,
    });
    return toMetric(spec, result, sides);
  });
}

function toMetric(spec: MetricSpec, r: StratifiedComparison, sides: SideNames): ComparisonMetric {
  const figures = {
    metric: spec.metric,
    label: spec.label,
    unit: spec.unit,
    difference: r.difference,
    naiveDifference: r.naiveDifference,
    ciLow: r.ciLow,
    ciHigh: r.ciHigh,
    tooFew: r.tooFew,
    direction: r.direction,
  };
  return {
    key: spec.key,
    level: spec.level,
    statistic: spec.statistic,
    better: spec.better,
    resamples: r.resamples,
    a: r.a,
    b: r.b,
    strata: r.strata.map((s) => ({
      ...splitStratum(s.stratum),
      weight: s.weight,
      a: s.a,
      b: s.b,
      difference: s.difference,
    })),
    excluded: r.excluded.map((s) => ({
      ...splitStratum(s.stratum),
      nA: s.nA,
      nB: s.nB,
    })),
    ...figures,
    sentence: comparisonSentence({ ...figures, nA: r.a.compared, nB: r.b.compared }, sides, MINIMUM_PER_SIDE),
  };
}
