import type { LoadReport, Weekday } from '@ladder/contracts';
import { WEEKDAYS } from '@ladder/contracts/values';
import { type DataTable } from '@ladder/portal/ui';
import { baseChartOptions } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import type { DateRange } from '../filters/report-filters';
import type { DrillLink, DrillTarget } from '../shared/drill';
import { plural } from '../shared/figures';

type HourCell = LoadReport['byHourOfWeek'][number];

const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

const shortDay = (weekday: Weekday) => WEEKDAY_NAMES[weekday].slice(0, 3);
const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** The palette's blue (#1f5fa8) as RGB, so a cell's count can set its opacity. */
const BLUE_RGB = '31, 95, 168';
/** The lightest shade a non-empty hour gets, so a single escalation still shows against an empty (white) hour. */
const LIGHTEST = 0.12;

/** The colour of an hour: white when nothing arrived, else the palette's blue, darker the more arrived. */
export function heatColour(count: number, max: number): string {
  if (count === 0 || max === 0) return '#ffffff';
  const opacity = Math.round((LIGHTEST + ((1 - LIGHTEST) * count) / max) * 100) / 100;
  return `rgba(${BLUE_RGB}, ${opacity})`;
}

/** The colour scale as a CSS gradient, for its legend: from the shade of 1 escalation to that of `max`. */
export function heatGradient(max: number): string {
  return `linear-gradient(to right, ${heatColour(1, max)}, ${heatColour(max, max)})`;
}

/** The busiest hour's count: one colour scale for every heatmap drawn side by side, so their shades compare. */
export function busiestHour(reports: readonly (LoadReport | null | undefined)[]): number {
  return Math.max(0, ...reports.flatMap((report) => report?.byHourOfWeek.map((cell) => cell.count) ?? []));
}

export function hasArrivals(report: LoadReport): boolean {
  return report.byHourOfWeek.some((cell) => cell.count > 0);
}

/** One cell per hour of the week: x the hour, y the weekday (Monday on top), the colour by count. */
export function heatmapData(report: LoadReport, max: number): ChartData<'matrix'> {
  return {
    datasets: [
      {
        label: `Escalations opened per hour (${report.timeZone})`,
        data: report.byHourOfWeek.map((cell) => ({
          x: hourLabel(cell.hour),
          y: shortDay(cell.weekday),
          v: cell.count,
        })),
        backgroundColor: report.byHourOfWeek.map((cell) => heatColour(cell.count, max)),
        borderColor: '#dadce0',
        borderWidth: 1,
      },
    ],
  };
}

/** A cell's side: its share of the chart area, less a 2 px gap between cells. */
const cellSize = (length: number | undefined, cells: number) => Math.max(0, (length ?? 0) / cells - 2);

export function heatmapOptions(report: LoadReport, animate: boolean): ChartOptions<'matrix'> {
  const base = baseChartOptions<'matrix'>(animate);
  return {
    ...base,
    datasets: {
      matrix: {
        // The chart area is unknown until the first layout.
        width: ({ chart }) => cellSize(chart.chartArea?.width, HOURS.length),
        height: ({ chart }) => cellSize(chart.chartArea?.height, WEEKDAYS.length),
      },
    },
    plugins: {
      ...base.plugins,
      legend: { display: false },
      tooltip: {
        callbacks: {
          title: (items) => {
            const cell = report.byHourOfWeek[items[0]?.dataIndex ?? -1];
            return cell ? describeHour(cell, report.timeZone) : '';
          },
          label: (item) => openedText(report.byHourOfWeek[item.dataIndex]?.count ?? 0),
        },
      },
    },
    scales: {
      x: {
        type: 'category',
        labels: HOURS.map(hourLabel),
        offset: true,
        grid: { display: false },
        ticks: { maxRotation: 0, autoSkip: true, callback: (_value, index) => String(index).padStart(2, '0') },
        title: { display: true, text: `Hour of the day (${report.timeZone})` },
      },
      // A vertical category scale draws its first label on top unless reversed: Monday first.
      y: { type: 'category', labels: WEEKDAYS.map(shortDay), offset: true, reverse: false, grid: { display: false } },
    },
  };
}

/** What the canvas shows, for screen readers: the period, the zone and the busiest hour. */
export function heatmapLabel(report: LoadReport): string {
  const busiest = report.byHourOfWeek.reduce<HourCell | null>(
    (top, cell) => (cell.count > (top?.count ?? 0) ? cell : top),
    null,
  );
  const peak = busiest
    ? ` The busiest hour is ${describeHour(busiest, report.timeZone)} with ${openedText(busiest.count)}.`
    : '';
  return `Heatmap of escalations opened per hour of the week from ${report.from} to ${report.to}, in ${report.timeZone}: darker blue, more escalations.${peak} The figures are in the table view.`;
}

/** "Tuesday 14:00–15:00 (Europe/Berlin)". */
export function describeHour(cell: HourCell, timeZone: string): string {
  return `${WEEKDAY_NAMES[cell.weekday]} ${hourLabel(cell.hour)}–${hourLabel(cell.hour + 1)} (${timeZone})`;
}

export const openedText = (count: number) => `${count.toLocaleString('en')} ${plural(count, 'escalation')} opened`;

/** The escalations behind one hour of the week, counted in the report's time zone. */
export function hourTarget(cell: HourCell, timeZone: string): DrillTarget {
  return { basis: 'opened', weekday: cell.weekday, hour: cell.hour, timeZone };
}

/**
 * The heatmap as a week grid: a row per weekday, a column per hour, each count a link to its escalations (over
 * `range` when the report is of another period than the filters').
 */
export function heatmapTable(report: LoadReport, link: DrillLink, range?: DateRange): DataTable {
  const hourKey = (hour: number) => `h${String(hour).padStart(2, '0')}`;
  return {
    caption: `Escalations opened per hour of the week from ${report.from} to ${report.to}, in ${report.timeZone}`,
    columns: [
      { key: 'weekday', label: 'Weekday' },
      ...HOURS.map((hour) => ({ key: hourKey(hour), label: hourLabel(hour), numeric: true })),
    ],
    rows: WEEKDAYS.map((weekday) => {
      const cells = report.byHourOfWeek.filter((cell) => cell.weekday === weekday);
      return {
        cells: {
          weekday: WEEKDAY_NAMES[weekday],
          ...Object.fromEntries(cells.map((cell) => [hourKey(cell.hour), cell.count])),
        },
        links: Object.fromEntries(
          cells.map((cell) => [hourKey(cell.hour), link({ target: hourTarget(cell, report.timeZone), range })]),
        ),
      };
    }),
  };
}
