import type { TooltipItem } from 'chart.js';
import { testDrillLink } from '../shared/drill.fixture';
import { breachesReport, previousBreachesReport } from './sla-breaches.fixture';
import {
  breachBuckets,
  breachesChartData,
  breachesChartOptions,
  breachesOverTime,
  breachesPick,
  breachesTable,
  breachesTooltipLabel,
  breachesTooltipTitle,
} from './sla-breaches.mapper';

const none = { S1: 0, S2: 0, S3: 0, S4: 0 };
const firstWeek = { from: '2026-11-04', to: '2026-11-08' };

describe('breachBuckets', () => {
  it('sums the teams of each week and severity, keeping the empty week', () => {
    // Resolution breaches in the week of 2 Nov: S1 1 (Network) + 2 (Desk) = 3, S3 1; of 2 + 4 + 10 = 16 opened: 25 %.
    // Week of 9 Nov: none of 4 opened, 0 %. Week of 16 Nov: nothing opened, no rate.
    expect(breachBuckets(breachesReport, 'resolution')).toEqual([
      {
        start: '2026-11-02',
        ...firstWeek,
        label: '2 Nov',
        title: 'Week of 2 Nov 2026 (opened 2026-11-04 to 2026-11-08)',
        bySeverity: { ...none, S1: 3, S3: 1 },
        breached: 4,
        escalations: 16,
        ratePercent: 25,
      },
      {
        start: '2026-11-09',
        from: '2026-11-09',
        to: '2026-11-15',
        label: '9 Nov',
        title: 'Week of 9 Nov 2026',
        bySeverity: none,
        breached: 0,
        escalations: 4,
        ratePercent: 0,
      },
      {
        start: '2026-11-16',
        from: '2026-11-16',
        to: '2026-11-17',
        label: '16 Nov',
        title: 'Week of 16 Nov 2026 (opened 2026-11-16 to 2026-11-17)',
        bySeverity: none,
        breached: 0,
        escalations: 0,
        ratePercent: null,
      },
    ]);
  });
});

describe('breachesChartData', () => {
  it('stacks the chosen kind by severity with the breach rate as a line on the right axis', () => {
    // Level budget: week of 2 Nov S1 1 (Desk) + 2 (Network) = 3 of 16 = 18.75 % -> 18.8; week of 9 Nov S3 1 of 4 = 25 %.
    const data = breachesChartData(breachesOverTime(breachesReport, null, 'level-budget'));
    expect(data.labels).toEqual(['2 Nov', '9 Nov', '16 Nov']);
    expect(data.datasets.map((d) => [d.type, d.label, d.data, d.yAxisID])).toEqual([
      ['bar', 'S1', [3, 0, 0], 'y'],
      ['bar', 'S3', [0, 1, 0], 'y'],
      ['line', 'Breach rate (%)', [18.8, 25, null], 'y1'],
    ]);
    expect(data.datasets[0]?.backgroundColor).toBe('#b3261e');
  });

  it("adds the comparison's breach rate as a dashed line, week for week in order", () => {
    // Comparison weeks: 19 Oct 1 of 8 = 12.5 %, 26 Oct 2 of 5 = 40 %, 2 Nov (2nd and 3rd) nothing opened.
    const data = breachesChartData(breachesOverTime(breachesReport, previousBreachesReport, 'resolution'));
    const comparison = data.datasets[3];
    expect([comparison?.label, comparison?.data]).toEqual(['Breach rate, comparison period (%)', [12.5, 40, null]]);
    expect(comparison && 'borderDash' in comparison ? comparison.borderDash : null).toEqual([6, 4]);
  });
});

describe('breach tooltips', () => {
  const model = breachesOverTime(breachesReport, previousBreachesReport, 'resolution');

  it('gives exact counts and rates with their units', () => {
    expect(breachesTooltipTitle(model, 0)).toBe('Week of 2 Nov 2026 (opened 2026-11-04 to 2026-11-08)');
    expect(breachesTooltipLabel(model, 0, 0)).toBe('S1: 3 escalations breached');
    expect(breachesTooltipLabel(model, 1, 0)).toBe('S3: 1 escalation breached');
    expect(breachesTooltipLabel(model, 2, 0)).toBe('Breach rate: 25% (4 of 16 opened)');
    expect(breachesTooltipLabel(model, 2, 2)).toBe('Breach rate: no escalations opened');
    expect(breachesTooltipLabel(model, 3, 1)).toBe('Comparison (2026-10-26 to 2026-11-01): 40% (2 of 5 opened)');
  });

  it('are the callbacks of the chart, which has stacked bars and a right axis for the rate', () => {
    const options = breachesChartOptions(model, false);
    const callbacks = options.plugins?.tooltip?.callbacks;
    const item = { datasetIndex: 2, dataIndex: 1 } as TooltipItem<'bar'>;
    expect(callbacks?.label?.call({} as never, item)).toBe('Breach rate: 0% (0 of 4 opened)');
    expect(callbacks?.title?.call({} as never, [item])).toBe('Week of 9 Nov 2026');
    expect([options.scales?.['x']?.stacked, options.scales?.['y']?.stacked]).toEqual([true, true]);
    expect(options.scales?.['y1']?.position).toBe('right');
  });
});

describe('breachesPick', () => {
  const model = breachesOverTime(breachesReport, previousBreachesReport, 'resolution');

  it('opens the breaches of the severity, kind and days of the clicked segment', () => {
    expect(breachesPick(model, { datasetIndex: 0, index: 0 })).toEqual({
      target: { basis: 'breaches', kind: 'resolution', severity: 'S1' },
      range: firstWeek,
    });
  });

  it("opens every severity's breaches from a rate point, and the comparison's own days from its line", () => {
    expect(breachesPick(model, { datasetIndex: 2, index: 0 })).toEqual({
      target: { basis: 'breaches', kind: 'resolution' },
      range: firstWeek,
    });
    expect(breachesPick(model, { datasetIndex: 3, index: 1 })).toEqual({
      target: { basis: 'breaches', kind: 'resolution' },
      range: { from: '2026-10-26', to: '2026-11-01' },
    });
  });

  it('opens nothing where nothing breached', () => {
    expect(breachesPick(model, { datasetIndex: 1, index: 1 })).toBeNull();
    expect(breachesPick(model, { datasetIndex: 2, index: 2 })).toBeNull();
  });
});

describe('breachesTable', () => {
  it('has the chart figures per week, with links behind every count above zero', () => {
    const table = breachesTable(breachesOverTime(breachesReport, null, 'resolution'), testDrillLink);
    expect(table.columns.map((c) => c.label)).toEqual([
      'From',
      'To',
      'S1 breached',
      'S3 breached',
      'Breached',
      'Escalations opened',
      'Breach rate (%)',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      { ...firstWeek, S1: 3, S3: 1, breached: 4, escalations: 16, rate: 25 },
      { from: '2026-11-09', to: '2026-11-15', S1: 0, S3: 0, breached: 0, escalations: 4, rate: 0 },
      { from: '2026-11-16', to: '2026-11-17', S1: 0, S3: 0, breached: 0, escalations: 0, rate: null },
    ]);
    expect(table.rows[0]?.links).toEqual({
      S1: {
        path: '/reports/drill-down',
        queryParams: { basis: 'breaches', kind: 'resolution', severity: 'S1', ...firstWeek },
      },
      S3: {
        path: '/reports/drill-down',
        queryParams: { basis: 'breaches', kind: 'resolution', severity: 'S3', ...firstWeek },
      },
      breached: { path: '/reports/drill-down', queryParams: { basis: 'breaches', kind: 'resolution', ...firstWeek } },
      escalations: { path: '/reports/drill-down', queryParams: { basis: 'opened', ...firstWeek } },
    });
    expect(Object.keys(table.rows[1]?.links ?? {})).toEqual(['escalations']);
    expect(table.rows[2]?.links).toEqual({});
  });

  it("adds the comparison's week and breach rate beside each week", () => {
    const table = breachesTable(breachesOverTime(breachesReport, previousBreachesReport, 'resolution'), testDrillLink);
    expect(
      table.rows.map((r) => [r.cells['comparisonFrom'], r.cells['comparisonTo'], r.cells['comparisonRate']]),
    ).toEqual([
      ['2026-10-21', '2026-10-25', 12.5],
      ['2026-10-26', '2026-11-01', 40],
      ['2026-11-02', '2026-11-03', null],
    ]);
  });
});
