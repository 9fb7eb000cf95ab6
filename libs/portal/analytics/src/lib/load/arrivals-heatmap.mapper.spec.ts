import type { TooltipItem } from 'chart.js';
import { testDrillLink } from '../shared/drill.fixture';
import {
  busiestHour,
  describeHour,
  hasArrivals,
  heatColour,
  heatGradient,
  heatmapData,
  heatmapLabel,
  heatmapOptions,
  heatmapTable,
  hourTarget,
} from './arrivals-heatmap.mapper';
import { LOAD, LOAD_WEEK_BEFORE } from './load.fixture';

// Cells run Monday 00:00 first, 24 a day: Monday 09:00 is 9, Tuesday 14:00 is 24 + 14 = 38, Sunday 23:00 is 167.
const MON_9 = 9;
const TUE_14 = 38;
const SUN_23 = 167;

describe('heatColour', () => {
  // opacity = 0.12 + 0.88 * count / max, to two decimals
  it.each([
    [0, 4, '#ffffff'],
    [1, 4, 'rgba(31, 95, 168, 0.34)'], // 0.12 + 0.22
    [2, 4, 'rgba(31, 95, 168, 0.56)'], // 0.12 + 0.44
    [4, 4, 'rgba(31, 95, 168, 1)'], // 0.12 + 0.88
    [1, 3, 'rgba(31, 95, 168, 0.41)'], // 0.12 + 0.2933
    [0, 0, '#ffffff'],
  ])('%p of at most %p -> %p', (count, max, colour) => {
    expect(heatColour(count, max)).toBe(colour);
  });

  it('runs the legend from the shade of 1 to the darkest', () => {
    expect(heatGradient(4)).toBe('linear-gradient(to right, rgba(31, 95, 168, 0.34), rgba(31, 95, 168, 1))');
  });
});

describe('busiestHour', () => {
  it('takes the busiest hour of every report drawn, and 0 when none is there', () => {
    expect(busiestHour([LOAD, null, undefined])).toBe(4);
    expect(busiestHour([LOAD, LOAD_WEEK_BEFORE])).toBe(8);
    expect(busiestHour([null])).toBe(0);
  });
});

describe('hasArrivals', () => {
  it('is false for a week of empty hours', () => {
    expect(hasArrivals(LOAD)).toBe(true);
    expect(hasArrivals({ ...LOAD, byHourOfWeek: LOAD.byHourOfWeek.map((cell) => ({ ...cell, count: 0 })) })).toBe(
      false,
    );
  });
});

describe('heatmapData', () => {
  it('puts each hour at its hour and weekday, shaded by its count against the scale', () => {
    const data = heatmapData(LOAD, 4);
    const dataset = data.datasets[0];
    expect(data.datasets).toHaveLength(1);
    expect(dataset?.data).toHaveLength(168);
    expect(dataset?.data[0]).toEqual({ x: '00:00', y: 'Mon', v: 0 });
    expect(dataset?.data[MON_9]).toEqual({ x: '09:00', y: 'Mon', v: 4 });
    expect(dataset?.data[TUE_14]).toEqual({ x: '14:00', y: 'Tue', v: 2 });
    expect(dataset?.data[SUN_23]).toEqual({ x: '23:00', y: 'Sun', v: 1 });
    const colours = dataset?.backgroundColor as string[];
    expect([colours[0], colours[MON_9], colours[TUE_14], colours[SUN_23]]).toEqual([
      '#ffffff',
      'rgba(31, 95, 168, 1)',
      'rgba(31, 95, 168, 0.56)',
      'rgba(31, 95, 168, 0.34)',
    ]);
  });

  it('shades by the shared scale when the comparison is busier', () => {
    // 4 of 8: 0.12 + 0.44 = 0.56
    const colours = heatmapData(LOAD, 8).datasets[0]?.backgroundColor as string[];
    expect(colours[MON_9]).toBe('rgba(31, 95, 168, 0.56)');
  });
});

describe('heatmapOptions', () => {
  const callbacks = heatmapOptions(LOAD, false).plugins?.tooltip?.callbacks as unknown as {
    title: (items: Partial<TooltipItem<'matrix'>>[]) => string;
    label: (item: Partial<TooltipItem<'matrix'>>) => string;
  };

  it('names the hour, its zone and the exact count in the tooltip', () => {
    expect(callbacks.title([{ dataIndex: TUE_14 }])).toBe('Tuesday 14:00–15:00 (Europe/Berlin)');
    expect(callbacks.label({ dataIndex: TUE_14 })).toBe('2 escalations opened');
    expect(callbacks.label({ dataIndex: SUN_23 })).toBe('1 escalation opened');
  });

  it('draws Monday on top and every hour of the day along x, in the report zone', () => {
    const scales = heatmapOptions(LOAD, false).scales;
    expect(scales?.['y']).toMatchObject({
      type: 'category',
      reverse: false,
      labels: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    });
    expect(scales?.['x']).toMatchObject({ type: 'category', title: { text: 'Hour of the day (Europe/Berlin)' } });
    expect((scales?.['x'] as { labels: string[] }).labels).toHaveLength(24);
  });
});

describe('describeHour', () => {
  it('ends the last hour of the day at 24:00', () => {
    expect(describeHour({ weekday: 'sun', hour: 23, count: 1 }, 'UTC')).toBe('Sunday 23:00–24:00 (UTC)');
  });
});

describe('heatmapLabel', () => {
  it('says what the canvas shows and names the busiest hour', () => {
    expect(heatmapLabel(LOAD)).toBe(
      'Heatmap of escalations opened per hour of the week from 2026-11-02 to 2026-11-08, in Europe/Berlin: darker blue, ' +
        'more escalations. The busiest hour is Monday 09:00–10:00 (Europe/Berlin) with 4 escalations opened. ' +
        'The figures are in the table view.',
    );
  });
});

describe('hourTarget', () => {
  it('narrows the opened escalations to the weekday and hour, in the zone they were counted in', () => {
    expect(hourTarget({ weekday: 'tue', hour: 14, count: 2 }, 'Europe/Berlin')).toEqual({
      basis: 'opened',
      weekday: 'tue',
      hour: 14,
      timeZone: 'Europe/Berlin',
    });
  });
});

describe('heatmapTable', () => {
  const table = heatmapTable(LOAD, testDrillLink);

  it('is a week grid: a row per weekday, a column per hour', () => {
    expect(table.caption).toBe(
      'Escalations opened per hour of the week from 2026-11-02 to 2026-11-08, in Europe/Berlin',
    );
    expect(table.columns).toHaveLength(25);
    expect(table.columns.slice(0, 3)).toEqual([
      { key: 'weekday', label: 'Weekday' },
      { key: 'h00', label: '00:00', numeric: true },
      { key: 'h01', label: '01:00', numeric: true },
    ]);
    expect(table.rows.map((row) => row.cells['weekday'])).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect([table.rows[0]?.cells['h09'], table.rows[1]?.cells['h14'], table.rows[6]?.cells['h23']]).toEqual([4, 2, 1]);
    expect(table.rows[0]?.cells['h10']).toBe(0);
  });

  it('links every count to the escalations of its hour, over the period of the report when it is another', () => {
    const hour = { basis: 'opened', weekday: 'tue', hour: '14', timeZone: 'Europe/Berlin' };
    expect(table.rows[1]?.links?.['h14']).toEqual({ path: '/reports/drill-down', queryParams: hour });
    const weekBefore = { from: LOAD_WEEK_BEFORE.from, to: LOAD_WEEK_BEFORE.to };
    expect(heatmapTable(LOAD, testDrillLink, weekBefore).rows[1]?.links?.['h14']).toEqual({
      path: '/reports/drill-down',
      queryParams: { ...hour, ...weekBefore },
    });
  });
});
