import type { ProcedureDriftFinding } from '@ladder/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first weeks after publishing (the baseline) and the latest weeks (current) a version is measured over. */
export interface DriftWindowSettings {
  baselineDays: number;
  currentDays: number;
}

export const DRIFT_WINDOWS: DriftWindowSettings = { baselineDays: 28, currentDays: 28 };

/**
 * How much worse counts as drift. A measure is compared only when both windows hold at least the minimum count
 * (escalations for the breach rate, finished stays at the level for its p90), and it drifts when it rose by strictly
 * more than the threshold.
 */
export interface DriftThresholds {
  minEscalations: number;
  /** Percentage points of resolution breach rate. */
  breachRatePoints: number;
  minStays: number;
  /** Percent of the baseline p90. */
  p90Percent: number;
}

export const DRIFT_THRESHOLDS: DriftThresholds = {
  minEscalations: 20,
  breachRatePoints: 5,
  minStays: 20,
  p90Percent: 25,
};

/** What a flagged version's review date is brought forward to at the latest: this many days after the flag. */
export const EARLY_REVIEW_DAYS = 14;

export interface DriftPeriod {
  from: Date;
  to: Date;
}

/** Figures of one window, for the escalations that run under the version. */
export interface DriftFigures {
  /** Finished escalations opened in the window, and how many of them breached their resolution target. */
  escalations: number;
  resolutionBreaches: number;
  /** Per level: finished stays that left the level in the window and the 90th percentile of their time there. */
  levels: readonly { level: number; stays: number; p90Seconds: number }[];
}

/**
 * The baseline (the first `baselineDays` after publishing) and current (the `currentDays` up to now) windows; null
 * while the version is too young for the two not to overlap.
 */
export function driftPeriods(
  publishedAt: Date,
  now: Date,
  settings: DriftWindowSettings = DRIFT_WINDOWS,
): { baseline: DriftPeriod; current: DriftPeriod } | null {
  const baselineEnd = publishedAt.getTime() + settings.baselineDays * DAY_MS;
  const currentStart = now.getTime() - settings.currentDays * DAY_MS;
  if (currentStart < baselineEnd) return null;
  return {
    baseline: { from: publishedAt, to: new Date(baselineEnd) },
    current: { from: new Date(currentStart), to: now },
  };
}

/** Where the current window is worse than the baseline by more than the thresholds: the breach rate first, then levels. */
export function driftFindings(
  baseline: DriftFigures,
  current: DriftFigures,
  thresholds: DriftThresholds = DRIFT_THRESHOLDS,
): ProcedureDriftFinding[] {
  const findings: ProcedureDriftFinding[] = [];
  const breach = breachRateFinding(baseline, current, thresholds);
  if (breach) findings.push(breach);
  for (const now of [...current.levels].sort((a, b) => a.level - b.level)) {
    const before = baseline.levels.find((l) => l.level === now.level);
    if (!before || before.stays < thresholds.minStays || now.stays < thresholds.minStays) continue;
    if (before.p90Seconds <= 0) continue;
    const change = ((now.p90Seconds - before.p90Seconds) * 100) / before.p90Seconds;
    if (change <= thresholds.p90Percent) continue;
    findings.push({
      measure: 'level-p90',
      level: now.level,
      baseline: before.p90Seconds,
      current: now.p90Seconds,
      change,
      baselineCount: before.stays,
      currentCount: now.stays,
    });
  }
  return findings;
}

function breachRateFinding(
  baseline: DriftFigures,
  current: DriftFigures,
  thresholds: DriftThresholds,
): ProcedureDriftFinding | null {
  if (baseline.escalations < thresholds.minEscalations || current.escalations < thresholds.minEscalations) return null;
  // Over the common denominator, so a rise of exactly the threshold is not taken for more by rounding.
  const change =
    ((current.resolutionBreaches * baseline.escalations - baseline.resolutionBreaches * current.escalations) * 100) /
    (baseline.escalations * current.escalations);
  if (change <= thresholds.breachRatePoints) return null;
  return {
    measure: 'resolution-breach-rate',
    level: null,
    baseline: baseline.resolutionBreaches / baseline.escalations,
    current: current.resolutionBreaches / current.escalations,
    change,
    baselineCount: baseline.escalations,
    currentCount: current.escalations,
  };
}

/** The review date of a version flagged at `flaggedAt`: `EARLY_REVIEW_DAYS` later, unless it was due sooner already. */
export function earlyReviewDate(flaggedAt: Date, reviewDueAt: Date | null, days = EARLY_REVIEW_DAYS): Date {
  const early = new Date(flaggedAt.getTime() + days * DAY_MS);
  return reviewDueAt && reviewDueAt < early ? reviewDueAt : early;
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const minutes = (seconds: number) => `${Math.round(seconds / 60)} min`;

/** One finding in words, e.g. "resolution breach rate 10.0 % → 16.0 % (+6.0 points; 40 and 50 escalations)". */
export function driftFindingText(finding: ProcedureDriftFinding): string {
  const counts = `${finding.baselineCount} and ${finding.currentCount}`;
  if (finding.measure === 'resolution-breach-rate') {
    return `resolution breach rate ${percent(finding.baseline)} → ${percent(finding.current)} (+${finding.change.toFixed(1)} points; ${counts} escalations)`;
  }
  return `p90 time at L${finding.level ?? ''} ${minutes(finding.baseline)} → ${minutes(finding.current)} (+${finding.change.toFixed(0)} %; ${counts} stays)`;
}
