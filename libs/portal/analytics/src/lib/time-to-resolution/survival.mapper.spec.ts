import type { SurvivalSeries } from '@ladder/contracts';
import type { TooltipItem } from 'chart.js';
import {
  afterText,
  curvesTable,
  curveSteps,
  curveDrill,
  resolutionTimesTable,
  survivalCurves,
  survivalData,
  survivalLabel,
  survivalOptions,
} from './survival.mapper';
import { testDrillLink } from '../shared/drill.fixture';
import { SURVIVAL, SURVIVAL_MONTH_BEFORE } from './survival.fixture';

const [s1, s3] = SURVIVAL.series as [SurvivalSeries, SurvivalSeries];

describe('curveSteps', () => {
  it('turns minutes into hours and shares into percent, merging a step that draws no drop into the next', () => {
    // 30 min = 0.5 h, 90 = 1.5 h, 240 = 4 h; the censored one at 120 min (still 50 %) is counted with the 4 h step.
    expect(curveSteps(s1)).toEqual([
      { hours: 0.5, unresolvedPercent: 75, atRisk: 4, resolved: 1, censored: 0 },
      { hours: 1.5, unresolvedPercent: 50, atRisk: 3, resolved: 1, censored: 0 },
      { hours: 4, unresolvedPercent: 0, atRisk: 1, resolved: 1, censored: 1 },
    ]);
  });

  it('keeps the last step so the curve reaches the longest time observed', () => {
    // 100 min = 1.67 h at 66.7 %; 500 min merges into the last, 700 min = 11.67 h.
    expect(curveSteps(s3)).toEqual([
      { hours: 1.67, unresolvedPercent: 66.7, atRisk: 3, resolved: 1, censored: 0 },
      { hours: 11.67, unresolvedPercent: 66.7, atRisk: 1, resolved: 0, censored: 2 },
    ]);
  });

  it('merges drops too small to show at 0.1 %', () => {
    const many: SurvivalSeries = {
      ...s1,
      points: [
        { minutes: 10, survival: 0.9996, atRisk: 2000, resolved: 1, censored: 0 }, // 99.96 % rounds to 100.0
        { minutes: 20, survival: 0.9992, atRisk: 1999, resolved: 1, censored: 0 }, // 99.9 %
        { minutes: 30, survival: 0.9992, atRisk: 1998, resolved: 0, censored: 1 },
      ],
    };
    expect(curveSteps(many)).toEqual([
      { hours: 0.33, unresolvedPercent: 99.9, atRisk: 1999, resolved: 2, censored: 0 },
      { hours: 0.5, unresolvedPercent: 99.9, atRisk: 1998, resolved: 0, censored: 1 },
    ]);
  });
});

describe('survivalCurves', () => {
  it("lists the period's curves, then the comparison's, each with its period", () => {
    const curves = survivalCurves(SURVIVAL, SURVIVAL_MONTH_BEFORE);
    expect(curves.map((c) => [c.severity, c.comparison, c.period])).toEqual([
      ['S1', false, { from: '2026-11-01', to: '2026-11-30' }],
      ['S3', false, { from: '2026-11-01', to: '2026-11-30' }],
      ['S1', true, { from: '2026-10-02', to: '2026-10-31' }],
    ]);
  });
});

describe('survivalData', () => {
  it('starts each curve at 100 % at opening, steps before each point, in the severity colour', () => {
    const [first] = survivalData(survivalCurves(SURVIVAL, null)).datasets;
    expect(first).toEqual({
      label: 'S1',
      data: [
        { x: 0, y: 100 },
        { x: 0.5, y: 75 },
        { x: 1.5, y: 50 },
        { x: 4, y: 0 },
      ],
      borderColor: '#b3261e',
      backgroundColor: '#b3261e',
      borderWidth: 2,
      borderDash: [],
      stepped: 'before',
      pointRadius: 0,
      pointHoverRadius: 4,
      pointHitRadius: 6,
    });
  });

  it("dashes the comparison period's curves, hollow so the legend shows the dashes", () => {
    const datasets = survivalData(survivalCurves(SURVIVAL, SURVIVAL_MONTH_BEFORE)).datasets;
    expect(datasets.map((d) => [d.label, d.borderColor, d.backgroundColor, d.borderDash])).toEqual([
      ['S1', '#b3261e', '#b3261e', []],
      ['S3', '#1f5fa8', '#1f5fa8', []],
      ['S1 (comparison)', '#b3261e', '#ffffff', [6, 4]],
    ]);
    expect(datasets[2]?.data).toEqual([
      { x: 0, y: 100 },
      { x: 1, y: 50 },
      { x: 3, y: 0 },
    ]);
  });
});

describe('survivalOptions', () => {
  const curves = survivalCurves(SURVIVAL, null);
  const options = survivalOptions(curves, false);
  const callbacks = options.plugins?.tooltip?.callbacks as unknown as {
    title: (items: Partial<TooltipItem<'line'>>[]) => string;
    label: (item: Partial<TooltipItem<'line'>>) => string;
  };
  const point = (datasetIndex: number, dataIndex: number, x: number, y: number) =>
    ({ datasetIndex, dataIndex, parsed: { x, y } }) as Partial<TooltipItem<'line'>>;

  it('reads hours on a linear x axis and 0 to 100 % on y', () => {
    expect(options.scales?.['x']).toMatchObject({ type: 'linear', min: 0, title: { text: 'Hours since opening' } });
    expect(options.scales?.['y']).toMatchObject({ min: 0, max: 100, title: { text: 'Still unresolved (%)' } });
  });

  it('gives the time, the exact share and those at risk in the tooltip', () => {
    expect(callbacks.title([point(0, 2, 1.5, 50)])).toBe('After 1h 30m');
    expect(callbacks.label(point(0, 2, 1.5, 50))).toBe('S1: 50 % still unresolved (3 at risk)');
    expect(callbacks.label(point(1, 1, 1.67, 66.7))).toBe('S3: 66.7 % still unresolved (3 at risk)');
    expect(callbacks.title([point(0, 0, 0, 100)])).toBe('At opening');
    expect(callbacks.label(point(0, 0, 0, 100))).toBe('S1: 100 % still unresolved');
  });
});

describe('afterText', () => {
  it('says the time in hours and minutes', () => {
    // 11.67 h = 700.2 min -> 11h 40m
    expect(afterText(11.67)).toBe('After 11h 40m');
  });
});

describe('survivalLabel', () => {
  it('says what the chart shows, and which period is dashed', () => {
    expect(survivalLabel(SURVIVAL, SURVIVAL_MONTH_BEFORE)).toBe(
      'Step chart of the share of escalations still unresolved by hours since opening, per severity, for those opened ' +
        '2026-11-01 to 2026-11-30, with 2026-10-02 to 2026-10-31 dashed for comparison. The figures are in the table view.',
    );
  });
});

describe('curveDrill', () => {
  it("narrows the escalations opened in the curve's period to its severity", () => {
    const [, , comparedS1] = survivalCurves(SURVIVAL, SURVIVAL_MONTH_BEFORE);
    expect(comparedS1 && curveDrill(comparedS1)).toEqual({
      target: { basis: 'opened', severity: 'S1' },
      range: { from: '2026-10-02', to: '2026-10-31' },
    });
  });
});

describe('curvesTable', () => {
  it('lists the drawn steps of each curve, the severity linked to its escalations', () => {
    const table = curvesTable(SURVIVAL, survivalCurves(SURVIVAL, null), testDrillLink);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Severity',
      'Hours since opening',
      'Still unresolved (%)',
      'At risk',
      'Resolved',
      'Still open (censored)',
    ]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      { severity: 'S1', hours: 0.5, unresolved: 75, atRisk: 4, resolved: 1, censored: 0 },
      { severity: 'S1', hours: 1.5, unresolved: 50, atRisk: 3, resolved: 1, censored: 0 },
      { severity: 'S1', hours: 4, unresolved: 0, atRisk: 1, resolved: 1, censored: 1 },
      { severity: 'S3', hours: 1.67, unresolved: 66.7, atRisk: 3, resolved: 1, censored: 0 },
      { severity: 'S3', hours: 11.67, unresolved: 66.7, atRisk: 1, resolved: 0, censored: 2 },
    ]);
    expect(table.rows[3]?.links).toEqual({
      severity: {
        path: '/reports/drill-down',
        queryParams: { basis: 'opened', severity: 'S3', from: '2026-11-01', to: '2026-11-30' },
      },
    });
  });

  it('with a comparison, names the period of each row', () => {
    const table = curvesTable(SURVIVAL, survivalCurves(SURVIVAL, SURVIVAL_MONTH_BEFORE), testDrillLink);
    expect(table.columns[0]).toEqual({ key: 'period', label: 'Period' });
    expect(table.rows.map((row) => row.cells['period'])).toEqual([
      'This period',
      'This period',
      'This period',
      'This period',
      'This period',
      'Comparison',
      'Comparison',
    ]);
    expect(table.rows[6]?.cells).toEqual({
      period: 'Comparison',
      severity: 'S1',
      hours: 3,
      unresolved: 0,
      atRisk: 1,
      resolved: 1,
      censored: 0,
    });
  });
});

describe('resolutionTimesTable', () => {
  it('gives median and p90 in hours with the counts, and – when too many are still open to tell', () => {
    const table = resolutionTimesTable(SURVIVAL, survivalCurves(SURVIVAL, SURVIVAL_MONTH_BEFORE), testDrillLink);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Period',
      'Severity',
      'Escalations',
      'Resolved',
      'Still open (censored)',
      'Median (hours)',
      'p90 (hours)',
    ]);
    // S1: 90 min = 1.5 h, 240 min = 4 h; comparison S1: 60 min = 1 h, 180 min = 3 h.
    expect(table.rows.map((row) => row.cells)).toEqual([
      { period: 'This period', severity: 'S1', escalations: 4, resolved: 3, stillOpen: 1, median: 1.5, p90: 4 },
      { period: 'This period', severity: 'S3', escalations: 3, resolved: 1, stillOpen: 2, median: null, p90: null },
      { period: 'Comparison', severity: 'S1', escalations: 2, resolved: 2, stillOpen: 0, median: 1, p90: 3 },
    ]);
    expect(table.rows[2]?.links).toEqual({
      escalations: {
        path: '/reports/drill-down',
        queryParams: { basis: 'opened', severity: 'S1', from: '2026-10-02', to: '2026-10-31' },
      },
    });
  });
});
