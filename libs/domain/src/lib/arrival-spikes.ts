import { ARRIVAL_SPIKE_RULE, type ArrivalSpikeDimension, type ArrivalSpikeRule } from '@ladder/contracts';

/** Arrivals of one category or service: now, and in the same hour of each earlier week with history. */
export interface ArrivalCounts {
  observed: number;
  /** One count per week with history; a week without arrivals of the value counts 0. */
  baseline: readonly number[];
}

export interface ArrivalBaseline {
  mean: number;
  /** Sample standard deviation (divides by weeks - 1). */
  stdDev: number;
  weeks: number;
}

/** The baseline the arrivals beat when they are a spike; null when they are not (or there is too little history). */
export function arrivalSpike(
  counts: ArrivalCounts,
  rule: ArrivalSpikeRule = ARRIVAL_SPIKE_RULE,
): ArrivalBaseline | null {
  const weeks = counts.baseline.length;
  if (weeks < Math.max(2, rule.minHistoryWeeks) || counts.observed < rule.minObserved) return null;
  const mean = counts.baseline.reduce((sum, n) => sum + n, 0) / weeks;
  const squares = counts.baseline.reduce((sum, n) => sum + (n - mean) ** 2, 0);
  const stdDev = Math.sqrt(squares / (weeks - 1));
  const spike = counts.observed > mean + rule.deviations * stdDev && counts.observed >= rule.ratio * mean;
  return spike ? { mean, stdDev, weeks } : null;
}

const DIMENSION_NAMES: Record<ArrivalSpikeDimension, string> = { category: 'Category', affectedService: 'Service' };

/** Who the spike is about, e.g. "Service Database". */
export function arrivalSpikeSubject(dimension: ArrivalSpikeDimension, value: string): string {
  return `${DIMENSION_NAMES[dimension]} ${value}`;
}

/**
 * The spike in words, e.g. "Service Database: 14 new escalations in the last hour; usually 2.1 at this hour of the
 * week (8 weeks)."
 */
export function arrivalSpikeText(
  dimension: ArrivalSpikeDimension,
  value: string,
  observed: number,
  baseline: Pick<ArrivalBaseline, 'mean' | 'weeks'>,
): string {
  return (
    `${arrivalSpikeSubject(dimension, value)}: ${observed} new escalations in the last hour; ` +
    `usually ${baseline.mean.toFixed(1)} at this hour of the week (${baseline.weeks} weeks).`
  );
}
