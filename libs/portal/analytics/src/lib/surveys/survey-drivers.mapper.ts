import type { SatisfactionDriver } from '@ladder/contracts';
import type { DataTable } from '@ladder/portal/ui';
import type { ChartData, ChartOptions } from 'chart.js';
import { decimalText, oneDecimal, twoDecimals } from '../shared/figures';
import { horizontalBarOptions, type BarTexts } from '../shared/horizontal-bars';
import { levelLabel } from '../shared/labels';
import { RATING_COLOURS } from './question-distribution.mapper';
import { meanText } from './survey-figures';

/** Whether the difference is clear of zero at 95 %, which way, or too thin to tell. */
export type DriverReading = 'lower' | 'higher' | 'unclear' | 'too-few';

export interface DriverRow {
  driver: SatisfactionDriver;
  /** "Escalations that waited over 4 h at L2". */
  subject: string;
  reading: DriverReading;
  /** The finding in one plain sentence. */
  sentence: string;
}

const READING_COLOURS: Readonly<Record<DriverReading, string>> = {
  lower: RATING_COLOURS[0],
  higher: RATING_COLOURS[4],
  unclear: '#5f6368',
  'too-few': '#5f6368',
};
const INTERVAL_COLOUR = 'rgba(95, 99, 104, 0.35)';
const MINUS = '−';

/** What the factor is, as the subject of a sentence; the API's label where the factor lacks its level. */
export function driverSubject(driver: SatisfactionDriver, hoursAtLevel: number): string {
  const level = driver.level === null ? null : levelLabel(driver.level);
  switch (driver.factor) {
    case 'time-at-level':
      return level ? `Escalations that waited over ${decimalText(hoursAtLevel)} h at ${level}` : driver.label;
    case 'levels-climbed':
      return level ? `Escalations that reached ${level}` : driver.label;
    case 'breach':
      return 'Escalations that breached an SLA target';
    case 'update-cadence':
      return 'Escalations that missed a stakeholder update';
  }
}

function readingOf(driver: SatisfactionDriver): DriverReading {
  const { difference, ciLow, ciHigh } = driver;
  if (driver.tooFew || difference === null || driver.with.mean === null || driver.without.mean === null) {
    return 'too-few';
  }
  if (ciLow !== null && ciHigh !== null && ciHigh < 0) return 'lower';
  if (ciLow !== null && ciHigh !== null && ciLow > 0) return 'higher';
  return 'unclear';
}

/** "0.8 lower", "0.3 higher", "0" */
function sidedText(value: number): string {
  const rounded = oneDecimal(value);
  if (rounded === 0) return '0';
  return `${decimalText(Math.abs(rounded))} ${rounded < 0 ? 'lower' : 'higher'}`;
}

/** The interval: as magnitudes when it lies on one side of zero ("0.8 to 1.4"), each bound sided when it spans it. */
function intervalText(driver: SatisfactionDriver, reading: DriverReading): string | null {
  const { ciLow, ciHigh } = driver;
  if (ciLow === null || ciHigh === null) return null;
  if (reading === 'unclear') return `95 % CI ${sidedText(ciLow)} to ${sidedText(ciHigh)}`;
  const [near, far] = [Math.abs(ciLow), Math.abs(ciHigh)].sort((a, b) => a - b);
  return `95 % CI ${decimalText(oneDecimal(near ?? 0))} to ${decimalText(oneDecimal(far ?? 0))}`;
}

const samplesText = (driver: SatisfactionDriver) =>
  `n=${decimalText(driver.with.n)} vs ${decimalText(driver.without.n)}`;

/**
 * "Escalations that waited over 4 h at L2 score 1.1 lower (n=312 vs 1,204, 95 % CI 0.8 to 1.4)": the mean overall
 * satisfaction with the factor against without it. A difference whose interval spans zero says it may be none.
 */
export function driverSentence(driver: SatisfactionDriver, hoursAtLevel: number): string {
  const subject = driverSubject(driver, hoursAtLevel);
  const reading = readingOf(driver);
  if (reading === 'too-few') return `${subject}: too few responses to tell (${samplesText(driver)})`;
  const difference = oneDecimal(driver.difference ?? 0);
  const how = difference === 0 ? 'about the same' : sidedText(difference);
  const caveat = reading === 'unclear' ? ', which may be no difference at all' : '';
  const figures = [samplesText(driver), intervalText(driver, reading)].filter((part) => part !== null).join(', ');
  return `${subject} score ${how}${caveat} (${figures})`;
}

export function driverRows(drivers: readonly SatisfactionDriver[], hoursAtLevel: number): DriverRow[] {
  return drivers.map((driver) => ({
    driver,
    subject: driverSubject(driver, hoursAtLevel),
    reading: readingOf(driver),
    sentence: driverSentence(driver, hoursAtLevel),
  }));
}

const signedText = (value: number) => `${value < 0 ? MINUS : value > 0 ? '+' : ''}${decimalText(Math.abs(value))}`;
const charted = (row: DriverRow) => row.reading !== 'too-few';

export interface DriverChart extends BarTexts {
  rows: DriverRow[];
  data: ChartData<'bar' | 'line', ([number, number] | number | null)[], string>;
}

/**
 * Each driver's 95 % interval as a floating bar from its low to its high bound, and the difference as a point on
 * it, coloured by what it says; a too-few driver keeps its row, named so, without a mark.
 */
export function driverChart(rows: DriverRow[]): DriverChart {
  const labels = rows.map((r) => (charted(r) ? r.subject : `${r.subject} (too few responses)`));
  const interval = (r: DriverRow): [number, number] | null =>
    charted(r) && r.driver.ciLow !== null && r.driver.ciHigh !== null
      ? [twoDecimals(r.driver.ciLow), twoDecimals(r.driver.ciHigh)]
      : null;
  const difference = (r: DriverRow) =>
    charted(r) && r.driver.difference !== null ? twoDecimals(r.driver.difference) : null;
  return {
    rows,
    labels,
    tooltips: [
      rows.map((r) => {
        const bounds = interval(r);
        return bounds ? `95 % CI: ${signedText(oneDecimal(bounds[0]))} to ${signedText(oneDecimal(bounds[1]))}` : '';
      }),
      rows.map((r) => {
        const value = difference(r);
        return value === null
          ? 'Too few responses to tell'
          : `Difference in mean score: ${signedText(oneDecimal(value))}`;
      }),
    ],
    footers: rows.map((r) => [
      `With: mean ${meanText(r.driver.with.mean)} (n=${decimalText(r.driver.with.n)})`,
      `Without: mean ${meanText(r.driver.without.mean)} (n=${decimalText(r.driver.without.n)})`,
    ]),
    data: {
      labels,
      datasets: [
        {
          type: 'bar',
          label: '95 % confidence interval',
          data: rows.map(interval),
          backgroundColor: INTERVAL_COLOUR,
          barThickness: 10,
          order: 1,
        },
        {
          type: 'line',
          label: 'Difference in mean score',
          data: rows.map(difference),
          indexAxis: 'y',
          showLine: false,
          pointRadius: 6,
          pointHoverRadius: 8,
          pointBackgroundColor: rows.map((r) => READING_COLOURS[r.reading]),
          pointBorderColor: '#ffffff',
          borderColor: READING_COLOURS.unclear,
          backgroundColor: READING_COLOURS.unclear,
          order: 0,
        },
      ],
    },
  };
}

/** The axis runs evenly either side of zero, at least one point each way, to the farthest bound rounded up. */
export function driverAxisReach(rows: readonly DriverRow[]): number {
  const bounds = rows.flatMap((r) =>
    r.reading === 'too-few' ? [] : [r.driver.ciLow, r.driver.ciHigh, r.driver.difference],
  );
  const farthest = Math.max(1, ...bounds.filter((b) => b !== null).map((b) => Math.abs(b)));
  return Math.ceil(farthest * 2) / 2;
}

export function driverChartOptions(chart: DriverChart, animate: boolean): ChartOptions<'bar'> {
  const options = horizontalBarOptions(chart, 'Difference in mean overall satisfaction, with against without', animate);
  const reach = driverAxisReach(chart.rows);
  return {
    ...options,
    scales: {
      ...options.scales,
      x: {
        ...options.scales?.['x'],
        beginAtZero: false,
        min: -reach,
        max: reach,
        // Zero, no difference, is the line the reader measures against.
        grid: {
          color: (context) => (context.tick?.value === 0 ? '#3c4043' : '#e0e0e0'),
          lineWidth: (context) => (context.tick?.value === 0 ? 2 : 1),
        },
      },
    },
  };
}

export function driverChartLabel(rows: readonly DriverRow[]): string {
  return (
    'Dot-and-whisker chart of how much the mean overall satisfaction of escalations with each factor differs from ' +
    'those without it, each difference a dot on its 95 % confidence interval, zero marked. ' +
    rows.map((r) => `${r.sentence}.`).join(' ')
  );
}

const READING_TEXT: Readonly<Record<DriverReading, string>> = {
  lower: 'Lower',
  higher: 'Higher',
  unclear: 'Not clear',
  'too-few': 'Too few responses',
};

export function driverTable(rows: readonly DriverRow[]): DataTable {
  const rounded = (value: number | null) => (value === null ? null : twoDecimals(value));
  return {
    caption:
      'Mean overall satisfaction with and without each factor, with the 95 % confidence interval of the difference',
    columns: [
      { key: 'factor', label: 'Factor' },
      { key: 'withN', label: 'Responses with', numeric: true },
      { key: 'withMean', label: 'Mean with', numeric: true },
      { key: 'withoutN', label: 'Responses without', numeric: true },
      { key: 'withoutMean', label: 'Mean without', numeric: true },
      { key: 'difference', label: 'Difference', numeric: true },
      { key: 'ciLow', label: '95 % CI low', numeric: true },
      { key: 'ciHigh', label: '95 % CI high', numeric: true },
      { key: 'reading', label: 'Satisfaction with the factor' },
    ],
    rows: rows.map((r) => ({
      cells: {
        factor: r.subject,
        withN: r.driver.with.n,
        withMean: rounded(r.driver.with.mean),
        withoutN: r.driver.without.n,
        withoutMean: rounded(r.driver.without.mean),
        difference: rounded(r.driver.difference),
        ciLow: rounded(r.driver.ciLow),
        ciHigh: rounded(r.driver.ciHigh),
        reading: READING_TEXT[r.reading],
      },
    })),
  };
}
