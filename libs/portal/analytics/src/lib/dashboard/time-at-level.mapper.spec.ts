import type { TimeAtLevelRow } from '@ladder/contracts';
import { CHART_PALETTE } from '@ladder/portal/ui';
import { timeAtLevelRow } from './time-at-level.fixture';
import { toTimeAtLevelChart } from './time-at-level.mapper';

const row = (level: number, team: string, p50Minutes: number, p90Minutes: number): TimeAtLevelRow =>
  timeAtLevelRow({ level, groupLabel: team, count: 4, stats: { p50Minutes, p90Minutes, meanMinutes: p50Minutes } });

describe('toTimeAtLevelChart', () => {
  it('keeps minutes while every p90 is under two hours, ordered by level then team', () => {
    const chart = toTimeAtLevelChart([
      row(3, 'Network', 40, 119.96),
      row(1, 'Service Desk', 12.34, 30),
      row(3, 'Database', 50, 90),
    ]);
    expect(chart).toEqual({
      unit: 'minutes',
      data: {
        labels: ['L1 Service Desk', 'L3 Database', 'L3 Network'],
        datasets: [
          { label: 'p50', data: [12.3, 50, 40], backgroundColor: CHART_PALETTE[0] },
          { label: 'p90', data: [30, 90, 120], backgroundColor: CHART_PALETTE[1] },
        ],
      },
    });
  });

  it('switches to hours with one decimal once a p90 reaches two hours', () => {
    const chart = toTimeAtLevelChart([row(1, 'Service Desk', 15, 45), row(2, 'Team Leads', 95, 120)]);
    expect(chart.unit).toBe('hours');
    expect(chart.data.datasets.map((d) => d.data)).toEqual([
      [0.3, 1.6],
      [0.8, 2],
    ]);
  });

  it('gives an empty chart for no rows', () => {
    expect(toTimeAtLevelChart([]).data.labels).toEqual([]);
  });
});
