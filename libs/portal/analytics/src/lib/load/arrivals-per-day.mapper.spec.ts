import type { TooltipItem } from 'chart.js';
import { testDrillLink } from '../shared/drill.fixture';
import { dailyData, dailyOptions, dailyTable, hasDailyArrivals, pairDays } from './arrivals-per-day.mapper';
import { LOAD, LOAD_WEEK_BEFORE } from './load.fixture';

/** The link to the escalations opened on one day. */
const drill = (date: string) => ({
  path: '/reports/drill-down',
  queryParams: { from: date, to: date, basis: 'opened' },
});

type Callbacks = {
  title: (items: Partial<TooltipItem<'bar'>>[]) => string;
  label: (item: Partial<TooltipItem<'bar'>>) => string;
};
const callbacksOf = (options: ReturnType<typeof dailyOptions>) =>
  options.plugins?.tooltip?.callbacks as unknown as Callbacks;

// LOAD: 2 to 8 Nov 2026, [4, 2, 0, 0, 0, 0, 1]; LOAD_WEEK_BEFORE: 26 Oct to 1 Nov, [1, 0, 8, 0, 0, 0, 0].
describe('dailyData', () => {
  it('draws a bar per day of the period', () => {
    expect(dailyData(LOAD, null)).toEqual({
      labels: ['2 Nov', '3 Nov', '4 Nov', '5 Nov', '6 Nov', '7 Nov', '8 Nov'],
      datasets: [{ label: '2026-11-02 to 2026-11-08', data: [4, 2, 0, 0, 0, 0, 1], backgroundColor: '#1f5fa8' }],
    });
  });

  it('puts day n of the comparison period beside day n of the period', () => {
    expect(dailyData(LOAD, LOAD_WEEK_BEFORE).datasets).toEqual([
      { label: '2026-11-02 to 2026-11-08', data: [4, 2, 0, 0, 0, 0, 1], backgroundColor: '#1f5fa8' },
      { label: '2026-10-26 to 2026-11-01', data: [1, 0, 8, 0, 0, 0, 0], backgroundColor: '#c25e00' },
    ]);
  });

  it('names the days past the period by the longer comparison period', () => {
    const longer = {
      ...LOAD_WEEK_BEFORE,
      to: '2026-11-02',
      byDay: [...LOAD_WEEK_BEFORE.byDay, { date: '2026-11-02', count: 5 }],
    };
    const data = dailyData(LOAD, longer);
    expect(data.labels?.[7]).toBe('2 Nov');
    expect(data.datasets.map((dataset) => dataset.data[7])).toEqual([null, 5]);
  });
});

describe('pairDays', () => {
  it('pairs by position', () => {
    expect(pairDays(LOAD, LOAD_WEEK_BEFORE)[2]).toEqual({
      current: { date: '2026-11-04', count: 0 },
      comparison: { date: '2026-10-28', count: 8 },
    });
  });
});

describe('hasDailyArrivals', () => {
  it('is false when every day is zero', () => {
    expect(hasDailyArrivals(LOAD)).toBe(true);
    expect(hasDailyArrivals({ ...LOAD, byDay: LOAD.byDay.map((day) => ({ ...day, count: 0 })) })).toBe(false);
  });
});

describe('dailyOptions', () => {
  it('names the day and its exact count in the tooltip', () => {
    const callbacks = callbacksOf(dailyOptions(LOAD, null, false));
    expect(callbacks.title([{ dataIndex: 0 }])).toBe('Mon, 2 Nov 2026');
    expect(callbacks.label({ datasetIndex: 0, dataIndex: 6 })).toBe('Sun, 8 Nov 2026: 1 escalation opened');
  });

  it('with a comparison, titles the day by its place and gives each period its own date', () => {
    const callbacks = callbacksOf(dailyOptions(LOAD, LOAD_WEEK_BEFORE, false));
    expect(callbacks.title([{ dataIndex: 2 }])).toBe('Day 3 of the period');
    expect(callbacks.label({ datasetIndex: 0, dataIndex: 2 })).toBe('Wed, 4 Nov 2026: 0 escalations opened');
    expect(callbacks.label({ datasetIndex: 1, dataIndex: 2 })).toBe('Wed, 28 Oct 2026: 8 escalations opened');
  });

  it('shows the legend only when there are two periods to tell apart', () => {
    expect(dailyOptions(LOAD, null, false).plugins?.legend?.display).toBe(false);
    expect(dailyOptions(LOAD, LOAD_WEEK_BEFORE, false).plugins?.legend?.display).toBe(true);
  });
});

describe('dailyTable', () => {
  it('lists each day with its count, linked to that day alone', () => {
    const table = dailyTable(LOAD, null, testDrillLink);
    expect(table.caption).toBe('Escalations opened per day from 2026-11-02 to 2026-11-08');
    expect(table.columns.map((column) => column.label)).toEqual(['Date', 'Opened']);
    expect(table.rows).toHaveLength(7);
    expect(table.rows[0]).toEqual({
      cells: { date: '2026-11-02', opened: 4 },
      links: { opened: drill('2026-11-02') },
    });
  });

  it('with a comparison, sets day n of both periods side by side, each linked to its own day', () => {
    const table = dailyTable(LOAD, LOAD_WEEK_BEFORE, testDrillLink);
    expect(table.caption).toBe(
      'Escalations opened per day from 2026-11-02 to 2026-11-08, against 2026-10-26 to 2026-11-01',
    );
    expect(table.columns.map((column) => column.label)).toEqual([
      'Day',
      'Date',
      'Opened',
      'Comparison date',
      'Opened (comparison)',
    ]);
    expect(table.rows[2]).toEqual({
      cells: { day: 3, date: '2026-11-04', opened: 0, comparisonDate: '2026-10-28', comparisonOpened: 8 },
      links: {
        opened: drill('2026-11-04'),
        comparisonOpened: drill('2026-10-28'),
      },
    });
  });
});
