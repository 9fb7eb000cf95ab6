import type { BottleneckRow, BottlenecksReport } from '@ladder/contracts';

type Pair = Pick<BottleneckRow, 'level' | 'levelName' | 'teamId' | 'teamName'>;

/** A ranked pair for specs: nothing over budget and no previous figure unless given. */
export function bottleneckRow(pair: Pair, figures: Partial<BottleneckRow> = {}): BottleneckRow {
  return {
    ...pair,
    stints: 10,
    overBudgetStints: 0,
    hoursOverBudget: 0,
    totalHours: 0,
    shareOfAllHours: 0,
    p90Minutes: 0,
    previousHoursOverBudget: null,
    changeHours: null,
    changeRatio: null,
    ...figures,
  };
}

export function bottlenecksReport(fields: Partial<BottlenecksReport>): BottlenecksReport {
  return {
    from: '2026-11-01',
    to: '2026-11-30',
    previousFrom: '2026-10-02',
    previousTo: '2026-10-31',
    percentiles: 'exact',
    ranking: [],
    pingPong: { escalations: 0, pairs: [] },
    skippedLevels: [],
    stuck: [],
    ...fields,
  };
}
