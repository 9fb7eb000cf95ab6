import type { BreachCounts, Severity, SlaBreachesReport, SlaBreachRow } from '@ladder/contracts';

// Small reports for the mapper and page specs; the figures are chosen so the sums can be worked out by hand.

const DESK = { teamId: '00000000-0000-4000-8000-00000000000a', teamName: 'Service Desk' };
const NETWORK = { teamId: '00000000-0000-4000-8000-00000000000b', teamName: 'Network' };

/** Breach counts with each rate worked out as the API does: count / escalations. */
function counts(escalations: number, [response, resolution, levelBudget, updateCadence]: number[]): BreachCounts {
  const tally = (count = 0) => ({ count, rate: escalations ? count / escalations : null });
  return {
    escalations,
    response: tally(response),
    resolution: tally(resolution),
    levelBudget: tally(levelBudget),
    updateCadence: tally(updateCadence),
  };
}

function row(
  bucketStart: string,
  severity: Severity,
  team: typeof DESK,
  escalations: number,
  breaches: number[],
): SlaBreachRow {
  return { bucketStart, severity, ...team, ...counts(escalations, breaches) };
}

/**
 * Wednesday 4 to Tuesday 17 November 2026 by week: the weeks of Monday 2 (4th to 8th), 9 and 16 (16th and 17th).
 * Breaches in the order response, resolution, level budget, update cadence.
 */
export const breachesReport: SlaBreachesReport = {
  from: '2026-11-04',
  to: '2026-11-17',
  bucket: 'week',
  series: [
    row('2026-11-02', 'S1', NETWORK, 2, [0, 1, 2, 1]),
    row('2026-11-02', 'S1', DESK, 4, [1, 2, 1, 0]),
    row('2026-11-02', 'S3', DESK, 10, [3, 1, 0, 2]),
    row('2026-11-09', 'S3', NETWORK, 4, [1, 0, 1, 0]),
  ],
  // 20 escalations; response 1+0+3+1 = 5, resolution 2+1+1+0 = 4, level budget 1+2+0+1 = 4, cadence 0+1+2+0 = 3.
  totals: counts(20, [5, 4, 4, 3]),
  whereBreachedTimeWent: [
    { level: 1, levelName: 'Service Desk', escalations: 1, hours: 5.25 },
    { level: 2, levelName: 'Team Lead', escalations: 3, hours: 30.04 },
  ],
};

/** The previous 14 days, Wednesday 21 October to Tuesday 3 November: weeks of 19 October, 26 October, 2 November. */
export const previousBreachesReport: SlaBreachesReport = {
  from: '2026-10-21',
  to: '2026-11-03',
  bucket: 'week',
  series: [row('2026-10-19', 'S2', DESK, 8, [0, 1, 0, 0]), row('2026-10-26', 'S2', DESK, 5, [0, 2, 0, 0])],
  totals: counts(13, [0, 3, 0, 0]),
  whereBreachedTimeWent: [
    { level: 2, levelName: 'Team Lead', escalations: 2, hours: 12 },
    { level: 3, levelName: 'Engineering', escalations: 1, hours: 40.56 },
  ],
};

export const emptyBreachesReport: SlaBreachesReport = {
  ...breachesReport,
  series: [],
  totals: counts(0, []),
  whereBreachedTimeWent: [],
};
