import { testDrillLink } from '../shared/drill.fixture';
import { stats, stayRow, timeAtLevelReport } from './time-at-level.fixture';
import { stayBoxOptions, stayDrill, stayTable, toStayBoxes } from './time-at-level.mapper';

const teamLead = { level: 2, levelName: 'Team Lead' };
const serviceDesk = stayRow(
  { level: 1, levelName: 'Service Desk', groupKey: 'team-sd', groupLabel: 'Service Desk', count: 30 },
  stats(2, 5, 9.94, 15, 30, 11),
);
// Business-hours handling differs from the wall-clock figures, to tell the measures apart.
const network = stayRow(
  { ...teamLead, groupKey: 'team-net', groupLabel: 'Network', count: 8 },
  stats(12, 20.04, 35, 61, 95.96, 44.44),
  {
    total: stats(12, 20.04, 35, 61, 95.96, 44.44),
    waiting: stats(12, 20.04, 35, 61, 95.96, 44.44),
    handling: stats(6, 18, 45, 90, 150, 50),
  },
);
const database = stayRow(
  { ...teamLead, groupKey: 'team-db', groupLabel: 'Database', count: 3 },
  stats(10, 15, 25, 40, 60, 30),
);
const vendor = stayRow(
  { level: 3, levelName: 'Specialist', groupKey: 'team-ven', groupLabel: 'Vendor', count: 2 },
  stats(40, 50, 60, 70, 80, 62),
);

const report = timeAtLevelReport({ rows: [network, serviceDesk, database] });
const october = timeAtLevelReport({
  from: '2026-10-02',
  to: '2026-10-31',
  rows: [{ ...network, count: 5, wallClock: { ...network.wallClock, total: stats(15, 30, 50, 80, 110, 55) } }, vendor],
});
const wallTotal = { clock: 'wallClock', part: 'total' } as const;

describe('toStayBoxes', () => {
  it('gives one box per level x group, up the ladder then by name, in minutes while every p90 is under 2 h', () => {
    const boxes = toStayBoxes(report, null, wallTotal);
    expect(boxes.unit).toBe('minutes');
    // Rounded to one decimal: 9.94 -> 9.9, 20.04 -> 20, 95.96 -> 96, 44.44 -> 44.4; whiskers = p10 and p90.
    expect(boxes.data).toEqual({
      labels: ['L1 Service Desk · Service Desk', 'L2 Team Lead · Database', 'L2 Team Lead · Network'],
      datasets: [
        {
          label: '2026-11-01 to 2026-11-30',
          data: [
            { min: 2, q1: 5, median: 9.9, q3: 15, max: 30, whiskerMin: 2, whiskerMax: 30, mean: 11 },
            { min: 10, q1: 15, median: 25, q3: 40, max: 60, whiskerMin: 10, whiskerMax: 60, mean: 30 },
            { min: 12, q1: 20, median: 35, q3: 61, max: 96, whiskerMin: 12, whiskerMax: 96, mean: 44.4 },
          ],
          borderWidth: 1.5,
          borderColor: '#1f5fa8',
          backgroundColor: '#1f5fa840',
          meanBackgroundColor: '#1f5fa8',
        },
      ],
    });
    expect(boxes.axisLines).toEqual([
      ['L1 Service Desk · Service Desk', 'p50 9.9 min · p90 30 min'],
      ['L2 Team Lead · Database', 'p50 25 min · p90 60 min'],
      ['L2 Team Lead · Network', 'p50 35 min · p90 96 min'],
    ]);
    expect(boxes.tooltips[0]?.[0]).toEqual([
      '2026-11-01 to 2026-11-30: 30 stays',
      'p50 9.9 min · p90 30 min',
      'box p25 to p75: 5 min to 15 min',
      'whiskers p10 to p90: 2 min to 30 min',
      'mean 11 min',
    ]);
  });

  it('reads the chosen clock and part, and switches to hours once a p90 reaches 2 h', () => {
    const boxes = toStayBoxes(report, null, { clock: 'businessHours', part: 'handling' });
    expect(boxes.unit).toBe('hours');
    // Network's handling p90 is 150 min. In hours: 6/60 = 0.1, 18/60 = 0.3, 45/60 = 0.75 -> 0.8, 90/60 = 1.5,
    // 150/60 = 2.5, mean 50/60 = 0.83 -> 0.8.
    expect(boxes.data.datasets[0]?.data[2]).toEqual({
      min: 0.1,
      q1: 0.3,
      median: 0.8,
      q3: 1.5,
      max: 2.5,
      whiskerMin: 0.1,
      whiskerMax: 2.5,
      mean: 0.8,
    });
    // Service Desk in hours: 2/60 = 0.03 -> 0, 5/60 = 0.08 -> 0.1, 9.94/60 = 0.17 -> 0.2, 15/60 = 0.25 -> 0.3.
    expect(boxes.data.datasets[0]?.data[0]).toMatchObject({ min: 0, q1: 0.1, median: 0.2, q3: 0.3, max: 0.5 });
    expect(boxes.axisLines[2]?.[1]).toBe('p50 0.8 h · p90 2.5 h');
  });

  it('puts the compared period beside, lighter, over the groups of both periods', () => {
    const boxes = toStayBoxes(report, october, wallTotal);
    expect(boxes.periods).toEqual([
      { label: '2026-11-01 to 2026-11-30' },
      { label: '2026-10-02 to 2026-10-31 (compared)', range: { from: '2026-10-02', to: '2026-10-31' } },
    ]);
    expect(boxes.data.labels).toEqual([
      'L1 Service Desk · Service Desk',
      'L2 Team Lead · Database',
      'L2 Team Lead · Network',
      'L3 Specialist · Vendor',
    ]);
    expect(boxes.data.datasets[0]?.data[3]).toBeNull();
    expect(boxes.data.datasets[1]).toEqual({
      label: '2026-10-02 to 2026-10-31 (compared)',
      data: [
        null,
        null,
        { min: 15, q1: 30, median: 50, q3: 80, max: 110, whiskerMin: 15, whiskerMax: 110, mean: 55 },
        { min: 40, q1: 50, median: 60, q3: 70, max: 80, whiskerMin: 40, whiskerMax: 80, mean: 62 },
      ],
      borderWidth: 1.5,
      borderColor: '#80868b',
      backgroundColor: '#80868b1f',
      meanBackgroundColor: '#80868b',
    });
    expect(boxes.axisLines[3]).toEqual(['L3 Specialist · Vendor', 'no stays this period']);
    expect(boxes.tooltips[1]?.[2]).toEqual([
      '2026-10-02 to 2026-10-31 (compared): 5 stays',
      'p50 50 min · p90 110 min',
      'box p25 to p75: 30 min to 80 min',
      'whiskers p10 to p90: 15 min to 110 min',
      'mean 55 min',
    ]);
    expect(boxes.tooltips[0]?.[3]).toEqual([]);
  });
});

describe('stayBoxOptions', () => {
  it('lays the boxes out horizontally with name and p50/p90 on the axis and every figure in the tooltip', () => {
    const boxes = toStayBoxes(report, null, wallTotal);
    const options = stayBoxOptions(boxes, false);
    expect(options.indexAxis).toBe('y');
    expect(options.animation).toBe(false);
    expect(options.scales?.['x']).toMatchObject({ title: { display: true, text: 'Time at level (minutes)' } });
    const tick = options.scales?.['y']?.ticks?.callback as unknown as (value: number, index: number) => string[];
    expect(tick(2, 2)).toEqual(['L2 Team Lead · Network', 'p50 35 min · p90 96 min']);
    const callbacks = options.plugins?.tooltip?.callbacks as unknown as {
      title: (items: { dataIndex: number }[]) => string;
      label: (item: { datasetIndex: number; dataIndex: number }) => string[];
    };
    expect(callbacks.title([{ dataIndex: 1 }])).toBe('L2 Team Lead · Database');
    expect(callbacks.label({ datasetIndex: 0, dataIndex: 1 })).toEqual([
      '2026-11-01 to 2026-11-30: 3 stays',
      'p50 25 min · p90 60 min',
      'box p25 to p75: 15 min to 40 min',
      'whiskers p10 to p90: 10 min to 60 min',
      'mean 30 min',
    ]);
    expect(options.plugins?.legend?.display).toBe(false);
    expect(stayBoxOptions(toStayBoxes(report, october, wallTotal), true).plugins?.legend?.display).toBe(true);
  });
});

describe('stayDrill', () => {
  const boxes = toStayBoxes(report, october, wallTotal);

  it('opens the stays of a box with its level and group, over the compared range for a compared box', () => {
    expect(stayDrill(boxes, 'team', { datasetIndex: 0, index: 2 })).toEqual({
      target: { basis: 'stints', level: 2, teamId: 'team-net' },
    });
    expect(stayDrill(boxes, 'team', { datasetIndex: 1, index: 2 })).toEqual({
      target: { basis: 'stints', level: 2, teamId: 'team-net' },
      range: { from: '2026-10-02', to: '2026-10-31' },
    });
  });

  it('narrows by the filter of the grouping, and gives nothing for a period without that group', () => {
    expect(stayDrill(boxes, 'severity', { datasetIndex: 0, index: 0 })?.target).toEqual({
      basis: 'stints',
      level: 1,
      severity: 'team-sd',
    });
    expect(stayDrill(boxes, 'procedureVersion', { datasetIndex: 0, index: 1 })?.target).toEqual({
      basis: 'stints',
      level: 2,
      procedureVersionId: 'team-db',
    });
    expect(stayDrill(boxes, 'category', { datasetIndex: 1, index: 1 })).toBeNull();
    expect(stayDrill(boxes, 'team', { datasetIndex: 0, index: 3 })).toBeNull();
  });
});

describe('stayTable', () => {
  it('lists the figures of each box, with the stay count linked to the stays', () => {
    const table = stayTable(toStayBoxes(report, null, wallTotal), 'team', wallTotal, testDrillLink);
    expect(table.caption).toBe(
      'Time at level per level and team (whole stay, wall clock, in minutes), 2026-11-01 to 2026-11-30',
    );
    expect(table.columns.map((c) => c.label)).toEqual([
      'Level',
      'Team',
      'Stays',
      'p10 (min)',
      'p25 (min)',
      'p50 (min)',
      'p75 (min)',
      'p90 (min)',
      'Mean (min)',
    ]);
    expect(table.rows[0]).toEqual({
      cells: {
        level: 'L1 Service Desk',
        group: 'Service Desk',
        stays: 30,
        p10: 2,
        p25: 5,
        p50: 9.9,
        p75: 15,
        p90: 30,
        mean: 11,
      },
      links: {
        stays: { path: '/reports/drill-down', queryParams: { basis: 'stints', level: '1', teamId: 'team-sd' } },
      },
    });
  });

  it('adds the compared p50 and p90 and the change from them, linking each period’s stays', () => {
    const table = stayTable(toStayBoxes(report, october, wallTotal), 'team', wallTotal, testDrillLink);
    expect(table.caption).toBe(
      'Time at level per level and team (whole stay, wall clock, in minutes), 2026-11-01 to 2026-11-30 against ' +
        '2026-10-02 to 2026-10-31',
    );
    expect(table.columns.slice(9).map((c) => c.label)).toEqual([
      'Stays, compared',
      'p50, compared (min)',
      'p90, compared (min)',
      'p50 change (min)',
      'p90 change (min)',
    ]);
    const octoberRange = { from: '2026-10-02', to: '2026-10-31' };
    // Network: p50 35 - 50 = -15, p90 96 - 110 = -14.
    expect(table.rows[2]).toEqual({
      cells: {
        level: 'L2 Team Lead',
        group: 'Network',
        stays: 8,
        p10: 12,
        p25: 20,
        p50: 35,
        p75: 61,
        p90: 96,
        mean: 44.4,
        comparedStays: 5,
        comparedP50: 50,
        comparedP90: 110,
        p50Change: -15,
        p90Change: -14,
      },
      links: {
        stays: { path: '/reports/drill-down', queryParams: { basis: 'stints', level: '2', teamId: 'team-net' } },
        comparedStays: {
          path: '/reports/drill-down',
          queryParams: { basis: 'stints', level: '2', teamId: 'team-net', ...octoberRange },
        },
      },
    });
    // Vendor only had stays in October: no figures, no change, only the compared count links.
    expect(table.rows[3]).toEqual({
      cells: {
        level: 'L3 Specialist',
        group: 'Vendor',
        stays: 0,
        p10: null,
        p25: null,
        p50: null,
        p75: null,
        p90: null,
        mean: null,
        comparedStays: 2,
        comparedP50: 60,
        comparedP90: 80,
        p50Change: null,
        p90Change: null,
      },
      links: {
        comparedStays: {
          path: '/reports/drill-down',
          queryParams: { basis: 'stints', level: '3', teamId: 'team-ven', ...octoberRange },
        },
      },
    });
  });
});
