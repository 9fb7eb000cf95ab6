import type { TimeAtLevelRow } from '@ladder/contracts';
import { CHART_PALETTE } from '@ladder/portal/ui';
import type { ChartData } from 'chart.js';

export type DurationUnit = 'minutes' | 'hours';

export interface TimeAtLevelChart {
  data: ChartData<'bar', number[], string>;
  unit: DurationUnit;
}

/** Above two hours at p90, minutes get unreadable on an axis: switch to hours. */
const HOURS_FROM_MINUTES = 120;

export function chooseUnit(rows: readonly TimeAtLevelRow[]): DurationUnit {
  return rows.some((r) => r.wallClock.total.p90Minutes >= HOURS_FROM_MINUTES) ? 'hours' : 'minutes';
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function inUnit(minutes: number, unit: DurationUnit): number {
  return oneDecimal(unit === 'hours' ? minutes / 60 : minutes);
}

/** p50 and p90 bars per level x team, ordered up the ladder then by team name. */
export function toTimeAtLevelChart(rows: readonly TimeAtLevelRow[]): TimeAtLevelChart {
  const unit = chooseUnit(rows);
  const sorted = [...rows].sort((a, b) => a.level - b.level || a.groupLabel.localeCompare(b.groupLabel));
  return {
    unit,
    data: {
      labels: sorted.map((r) => `L${r.level} ${r.groupLabel}`),
      datasets: [
        {
          label: 'p50',
          data: sorted.map((r) => inUnit(r.wallClock.total.p50Minutes, unit)),
          backgroundColor: CHART_PALETTE[0],
        },
        {
          label: 'p90',
          data: sorted.map((r) => inUnit(r.wallClock.total.p90Minutes, unit)),
          backgroundColor: CHART_PALETTE[1],
        },
      ],
    },
  };
}
