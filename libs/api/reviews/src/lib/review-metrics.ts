import type { MeasureOutcome, MetricDirection, ReviewFigures, ReviewMetric } from '@ladder/contracts';

/** A metric's value among a period's figures; null when the period has nothing to measure it by. */
export function metricValue(figures: ReviewFigures, metric: ReviewMetric, level: number | null): number | null {
  switch (metric) {
    case 'mttr-hours':
      return figures.mttrMinutes === null ? null : figures.mttrMinutes / 60;
    case 'mtta-minutes':
      return figures.mttaMinutes;
    case 'first-level-resolution-rate':
      return figures.firstLevelResolutionRate;
    case 'resolution-breach-rate':
      return figures.breachRates.resolution;
    case 'response-breach-rate':
      return figures.breachRates.response;
    case 'level-budget-breach-rate':
      return figures.breachRates.levelBudget;
    case 'time-at-level-p90-hours':
      return figures.timeAtLevel.find((row) => row.level === level)?.p90Hours ?? null;
    case 'csat':
      return figures.csat;
  }
}

/** Met when the value reached the target in the metric's better direction (the target itself counts as met). */
export function outcomeOf(direction: MetricDirection, value: number | null, target: number): MeasureOutcome {
  if (value === null) return 'no-data';
  const met = direction === 'decrease' ? value <= target : value >= target;
  return met ? 'met' : 'not-met';
}

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Where an action item's metric is measured again: as many days as the review's period, ending on the due date
 * (inclusive), but starting no earlier than the day after the period, so the measure never counts what was reviewed.
 * A due date on or before the period's end has no window (null).
 */
export function remeasureWindow(
  period: { from: string; to: string },
  dueDate: string,
): { from: string; to: string } | null {
  const periodDays = (Date.parse(period.to) - Date.parse(period.from)) / DAY_MS + 1;
  const afterPeriod = Date.parse(period.to) + DAY_MS;
  const due = Date.parse(dueDate);
  if (due < afterPeriod) return null;
  return { from: day(Math.max(afterPeriod, due - (periodDays - 1) * DAY_MS)), to: dueDate };
}

/** The UTC date of an instant, as due dates and periods are written. */
export function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Whole UTC days, `to` inclusive, as the instants [from 00:00, to + 1 day 00:00). */
export function dayBounds(from: string, to: string): [Date, Date] {
  return [new Date(`${from}T00:00:00Z`), new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS)];
}
