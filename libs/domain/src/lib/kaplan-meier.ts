/** One escalation's time to resolution: resolved after `minutes`, or still open (censored) at `minutes`. */
export interface SurvivalObservation {
  minutes: number;
  resolved: boolean;
}

/** The curve just after `minutes`: the share still unresolved, and who was at risk and left there. */
export interface SurvivalStep {
  minutes: number;
  /** Share still unresolved just after this time. */
  survival: number;
  atRisk: number;
  resolved: number;
  censored: number;
}

/** The escalations resolved and those still open (censored) at one time. */
export interface SurvivalTally {
  minutes: number;
  resolved: number;
  censored: number;
}

/**
 * Kaplan-Meier estimate of "still unresolved after t": at each time a resolution happens the curve drops by the
 * share of those still at risk that resolved then; open escalations count while they are open and then leave the
 * risk set without a drop (censored), so they are never treated as resolved at their age. Ties: resolutions at
 * a time are counted before censorings at the same time, as is usual.
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): SurvivalStep[] {
  const byTime = new Map<number, { resolved: number; censored: number }>();
  for (const { minutes, resolved } of observations) {
    const at = byTime.get(minutes) ?? { resolved: 0, censored: 0 };
    if (resolved) at.resolved += 1;
    else at.censored += 1;
    byTime.set(minutes, at);
  }
  const tallies = [...byTime].sort(([a], [b]) => a - b).map(([minutes, at]) => ({ minutes, ...at }));
  return kaplanMeierOfTallies(tallies);
}

/** The same curve from observations already counted per time (SQL can count them): one tally per time, in order. */
export function kaplanMeierOfTallies(tallies: readonly SurvivalTally[]): SurvivalStep[] {
  let atRisk = tallies.reduce((sum, t) => sum + t.resolved + t.censored, 0);
  let survival = 1;
  const steps: SurvivalStep[] = [];
  for (const { minutes, resolved, censored } of tallies) {
    if (resolved > 0) survival *= 1 - resolved / atRisk;
    steps.push({ minutes, survival, atRisk, resolved, censored });
    atRisk -= resolved + censored;
  }
  return steps;
}

/**
 * The time by which a share `fraction` of escalations is resolved, read off the curve: the first time the curve
 * falls to `1 - fraction` or below. Null when it never does (too many still open to tell).
 */
export function survivalQuantile(steps: readonly SurvivalStep[], fraction: number): number | null {
  const threshold = 1 - fraction;
  // A tiny tolerance so 1 - 0.5 compares equal to a survival of exactly 0.5 after floating-point products.
  return steps.find((step) => step.resolved > 0 && step.survival <= threshold + 1e-12)?.minutes ?? null;
}

/**
 * The curve with fewer points for drawing: a run of steps that together lower it by less than `minDrop` becomes its
 * last step, with the run's resolutions and censorings summed and the risk set it started with. The last step is
 * always kept, so the curve ends where it ends. A curve of 100,000 distinct times shrinks to at most about
 * 1 / `minDrop` points, and no point is off by more than `minDrop`.
 */
export function thinSurvivalSteps(steps: readonly SurvivalStep[], minDrop: number): SurvivalStep[] {
  const kept: SurvivalStep[] = [];
  let run: SurvivalStep | null = null;
  let lastKept = 1;
  steps.forEach((step, index) => {
    run = run
      ? { ...step, atRisk: run.atRisk, resolved: run.resolved + step.resolved, censored: run.censored + step.censored }
      : step;
    if (lastKept - step.survival >= minDrop || index === steps.length - 1) {
      kept.push(run);
      lastKept = step.survival;
      run = null;
    }
  });
  return kept;
}
