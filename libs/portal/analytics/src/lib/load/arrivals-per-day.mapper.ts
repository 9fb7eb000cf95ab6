import type { LoadReport } from '@ladder/contracts';
import { type DataTable } from '@ladder/portal/ui';
import { barChartOptions, CHART_PALETTE } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Drill, DrillLink } from '../shared/drill';
import { rangeText } from '../shared/periods';
import { openedText } from './arrivals-heatmap.mapper';

type Day = LoadReport['byDay'][number];

/** Day n of the period beside day n of the comparison period (either may be missing when their lengths differ). */
export interface DayPair {
  current: Day | null;
  comparison: Day | null;
}

export function pairDays(report: LoadReport, comparison: LoadReport | null): DayPair[] {
  const length = Math.max(report.byDay.length, comparison?.byDay.length ?? 0);
  return Array.from({ length }, (_, i) => ({
    current: report.byDay[i] ?? null,
    comparison: comparison?.byDay[i] ?? null,
  }));
}

export function hasDailyArrivals(report: LoadReport): boolean {
  return report.byDay.some((day) => day.count > 0);
}

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** "3 Nov" on the axis, "Tue 3 Nov 2026" in tooltips (UTC days, as the API counts them). */
const dayTick = (date: string) => shortDate.format(Date.parse(date));
const dayName = (date: string) => longDate.format(Date.parse(date));

/** A bar per day; with a comparison, its day n beside day n of the period. */
export function dailyData(report: LoadReport, comparison: LoadReport | null): ChartData<'bar'> {
  const pairs = pairDays(report, comparison);
  const dataset = (source: LoadReport, pick: (pair: DayPair) => Day | null, colour: string) => ({
    label: rangeText(source),
    data: pairs.map((pair) => pick(pair)?.count ?? null),
    backgroundColor: colour,
  });
  return {
    // Day n of the period names the column; past its end (a longer comparison period), the comparison's day does.
    labels: pairs.map((pair) => {
      const date = pair.current?.date ?? pair.comparison?.date;
      return date ? dayTick(date) : '';
    }),
    datasets: [
      dataset(report, (pair) => pair.current, CHART_PALETTE[0]),
      ...(comparison ? [dataset(comparison, (pair) => pair.comparison, CHART_PALETTE[1])] : []),
    ],
  };
}

export function dailyOptions(report: LoadReport, comparison: LoadReport | null, animate: boolean): ChartOptions<'bar'> {
  const pairs = pairDays(report, comparison);
  const base = barChartOptions('Escalations opened', animate);
  const dayOf = (datasetIndex: number, index: number) => {
    const pair = pairs[index];
    return datasetIndex === 0 ? pair?.current : pair?.comparison;
  };
  return {
    ...base,
    plugins: {
      ...base.plugins,
      legend: { display: comparison !== null, position: 'bottom' },
      tooltip: {
        mode: 'index',
        intersect: false,
        callbacks: {
          title: (items) => {
            const index = items[0]?.dataIndex ?? 0;
            const day = pairs[index]?.current;
            return comparison || !day ? `Day ${index + 1} of the period` : dayName(day.date);
          },
          label: (item) => {
            const day = dayOf(item.datasetIndex, item.dataIndex);
            return day ? `${dayName(day.date)}: ${openedText(day.count)}` : '';
          },
        },
      },
    },
    scales: {
      ...base.scales,
      x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true } },
    },
  };
}

/** The escalations opened on one day: a range of that day alone, whichever period it is in. */
export const dayDrill = (date: string): Drill => ({ target: { basis: 'opened' }, range: { from: date, to: date } });

/** The days as a table, each count a link to that day's escalations; with a comparison, day n beside day n. */
export function dailyTable(report: LoadReport, comparison: LoadReport | null, link: DrillLink): DataTable {
  const caption = `Escalations opened per day from ${report.from} to ${report.to}`;
  if (!comparison) {
    return {
      caption,
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'opened', label: 'Opened', numeric: true },
      ],
      rows: report.byDay.map((day) => ({
        cells: { date: day.date, opened: day.count },
        links: { opened: link(dayDrill(day.date)) },
      })),
    };
  }
  return {
    caption: `${caption}, against ${rangeText(comparison)}`,
    columns: [
      { key: 'day', label: 'Day', numeric: true },
      { key: 'date', label: 'Date' },
      { key: 'opened', label: 'Opened', numeric: true },
      { key: 'comparisonDate', label: 'Comparison date' },
      { key: 'comparisonOpened', label: 'Opened (comparison)', numeric: true },
    ],
    rows: pairDays(report, comparison).map((pair, i) => ({
      cells: {
        day: i + 1,
        date: pair.current?.date ?? null,
        opened: pair.current?.count ?? null,
        comparisonDate: pair.comparison?.date ?? null,
        comparisonOpened: pair.comparison?.count ?? null,
      },
      links: {
        ...(pair.current && { opened: link(dayDrill(pair.current.date)) }),
        ...(pair.comparison && { comparisonOpened: link(dayDrill(pair.comparison.date)) }),
      },
    })),
  };
}
