import { testDrillLink } from '../shared/drill.fixture';
import { bottleneckRow, bottlenecksReport } from './bottlenecks.fixture';
import { overBudgetDrill, overBudgetTable, toOverBudgetBars } from './bottlenecks.mapper';

const network = bottleneckRow(
  { level: 2, levelName: 'Team Lead', teamId: 'team-net', teamName: 'Network' },
  {
    stints: 40,
    overBudgetStints: 12,
    hoursOverBudget: 30.04,
    totalHours: 210.46,
    shareOfAllHours: 0.3456,
    p90Minutes: 500,
    previousHoursOverBudget: 24,
    changeHours: 6.04,
    changeRatio: 0.2517,
  },
);
const serviceDesk = bottleneckRow(
  { level: 1, levelName: 'Service Desk', teamId: 'team-sd', teamName: 'Service Desk' },
  {
    stints: 200,
    overBudgetStints: 30,
    hoursOverBudget: 12.25,
    totalHours: 400,
    shareOfAllHours: 0.5,
    p90Minutes: 95,
    previousHoursOverBudget: 0,
    changeHours: 12.25,
    changeRatio: null,
  },
);
const vendor = bottleneckRow(
  { level: 3, levelName: 'Specialist', teamId: 'team-ven', teamName: 'Vendor' },
  { stints: 3, overBudgetStints: 1, hoursOverBudget: 2, totalHours: 9, shareOfAllHours: 0.0123, p90Minutes: 240 },
);
const report = bottlenecksReport({ ranking: [network, serviceDesk, vendor] });
const previousPeriod = { from: '2026-10-02', to: '2026-10-31' };
const yearEarlier = bottlenecksReport({
  from: '2025-11-01',
  to: '2025-11-30',
  ranking: [
    { ...network, hoursOverBudget: 40.56 },
    { ...vendor, hoursOverBudget: 1 },
  ],
});

describe('toOverBudgetBars', () => {
  it('gives this period’s and the previous period’s hours per ranked pair, in the API’s order', () => {
    const bars = toOverBudgetBars(report, null);
    // 30.04 -> 30, 12.25 -> 12.3; the previous figure is null where no stay left the level with that team then.
    expect(bars.data).toEqual({
      labels: ['L2 Team Lead · Network', 'L1 Service Desk · Service Desk', 'L3 Specialist · Vendor'],
      datasets: [
        { label: '2026-11-01 to 2026-11-30', data: [30, 12.3, 2], backgroundColor: '#1f5fa8' },
        { label: '2026-10-02 to 2026-10-31 (previous)', data: [24, 0, null], backgroundColor: '#80868b' },
      ],
    });
    expect(bars.tooltips).toEqual([
      [
        '2026-11-01 to 2026-11-30: 30 h over budget',
        '2026-11-01 to 2026-11-30: 12.3 h over budget',
        '2026-11-01 to 2026-11-30: 2 h over budget',
      ],
      [
        '2026-10-02 to 2026-10-31 (previous): 24 h over budget',
        '2026-10-02 to 2026-10-31 (previous): 0 h over budget',
        '2026-10-02 to 2026-10-31 (previous): no stay then',
      ],
    ]);
    // Network: +6.04 h -> +6 h, ratio 0.2517 -> +25 %.
    expect(bars.footers).toEqual([
      ['12 of 40 stays over budget', 'Change: +6 h (+25 %) against the previous period'],
      ['30 of 200 stays over budget', 'Change: +12.3 h (nothing over budget before)'],
      ['1 of 3 stays over budget', 'No stay in the previous period to compare with'],
    ]);
  });

  it('adds the compared period as a third bar only when it is not the previous period', () => {
    const comparedWithPrevious = bottlenecksReport({ from: previousPeriod.from, to: previousPeriod.to });
    expect(toOverBudgetBars(report, comparedWithPrevious).data.datasets).toHaveLength(2);

    const bars = toOverBudgetBars(report, yearEarlier);
    // Network 40.56 -> 40.6; Service Desk is not in that ranking.
    expect(bars.data.datasets[2]).toEqual({
      label: '2025-11-01 to 2025-11-30 (compared)',
      data: [40.6, null, 1],
      backgroundColor: '#c25e00',
    });
    expect(bars.tooltips[2]?.[1]).toBe('2025-11-01 to 2025-11-30 (compared): not among the top 100 then');
  });
});

describe('overBudgetDrill', () => {
  const bars = toOverBudgetBars(report, yearEarlier);

  it('opens the stays past budget of the bar’s pair, over the bar’s period', () => {
    const target = { basis: 'over-budget', level: 2, teamId: 'team-net' };
    expect(overBudgetDrill(bars, { datasetIndex: 0, index: 0 })).toEqual({ target });
    expect(overBudgetDrill(bars, { datasetIndex: 1, index: 0 })).toEqual({ target, range: previousPeriod });
    expect(overBudgetDrill(bars, { datasetIndex: 2, index: 0 })).toEqual({
      target,
      range: { from: '2025-11-01', to: '2025-11-30' },
    });
  });

  it('gives nothing where a period has no figure', () => {
    expect(overBudgetDrill(bars, { datasetIndex: 1, index: 2 })).toBeNull();
    expect(overBudgetDrill(bars, { datasetIndex: 2, index: 1 })).toBeNull();
  });
});

describe('overBudgetTable', () => {
  it('ranks the pairs with every figure, counts and hours linked to the stays over their own period', () => {
    const table = overBudgetTable(toOverBudgetBars(report, null), testDrillLink);
    expect(table.caption).toBe(
      'Hours over budget per level and team, 2026-11-01 to 2026-11-30, against 2026-10-02 to 2026-10-31 (previous)',
    );
    expect(table.columns.map((c) => c.label)).toEqual([
      'Rank',
      'Level',
      'Team',
      'Hours over budget',
      'Stays over budget',
      'Stays',
      'Hours at level',
      'Share of all hours (%)',
      'p90 stay (h)',
      'Hours over budget, previous',
      'Change (h)',
      'Change (%)',
    ]);
    const overBudget = { basis: 'over-budget', level: '2', teamId: 'team-net' };
    // 210.46 -> 210.5 h; share 0.3456 -> 34.6 %; p90 500 min = 8.33 -> 8.3 h; change 6.04 -> 6 h, 0.2517 -> 25 %.
    expect(table.rows[0]).toEqual({
      cells: {
        rank: 1,
        level: 'L2 Team Lead',
        team: 'Network',
        hoursOverBudget: 30,
        overBudgetStays: 12,
        stays: 40,
        totalHours: 210.5,
        share: 34.6,
        p90: 8.3,
        previous: 24,
        changeHours: 6,
        changePercent: 25,
      },
      links: {
        hoursOverBudget: { path: '/reports/drill-down', queryParams: overBudget },
        overBudgetStays: { path: '/reports/drill-down', queryParams: overBudget },
        stays: { path: '/reports/drill-down', queryParams: { ...overBudget, basis: 'stints' } },
        previous: { path: '/reports/drill-down', queryParams: { ...overBudget, ...previousPeriod } },
      },
    });
    // Vendor: share 0.0123 -> 1.2 %, p90 240 min = 4 h, no previous figure and so no change and no link to it.
    expect(table.rows[2]?.cells).toMatchObject({ share: 1.2, p90: 4, previous: null, changeHours: null });
    expect(Object.keys(table.rows[2]?.links ?? {})).toEqual(['hoursOverBudget', 'overBudgetStays', 'stays']);
  });

  it('adds the compared period’s hours, linked over that period', () => {
    const table = overBudgetTable(toOverBudgetBars(report, yearEarlier), testDrillLink);
    expect(table.caption).toBe(
      'Hours over budget per level and team, 2026-11-01 to 2026-11-30, against 2026-10-02 to 2026-10-31 (previous) ' +
        'and 2025-11-01 to 2025-11-30 (compared)',
    );
    expect(table.columns.at(-1)?.label).toBe('Hours over budget, compared');
    expect(table.rows.map((row) => row.cells['compared'])).toEqual([40.6, null, 1]);
    expect(table.rows[0]?.links?.['compared']).toEqual({
      path: '/reports/drill-down',
      queryParams: { basis: 'over-budget', level: '2', teamId: 'team-net', from: '2025-11-01', to: '2025-11-30' },
    });
    expect(table.rows[1]?.links?.['compared']).toBeUndefined();
  });
});
