import type { DurationStats, TimeAtLevelReport, TimeAtLevelRow } from '@ladder/contracts';
import { type CellLink, type CellValue, type DataTable, type TableColumn, type TableRow } from '@ladder/portal/ui';
import { baseChartOptions, CHART_PALETTE } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Drill, DrillLink } from '../shared/drill';
import { counted, decimalText, oneDecimal } from '../shared/figures';
import { levelLabel, shortLabel } from '../shared/labels';
import { OTHER_PERIOD_COLOUR, periodsOf, type Period } from '../shared/periods';
import {
  CLOCK_NAMES,
  GROUP_NAMES,
  groupDrillTarget,
  PART_NAMES,
  type GroupBy,
  type StayMeasure,
} from './time-at-level.settings';

export type DurationUnit = 'minutes' | 'hours';

/**
 * One box as the boxplot controller reads it, in the chart's unit. The whiskers are given as well: left out, the
 * controller would cut them at 1.5 x the box height instead of drawing p10 and p90.
 */
export interface StayBox {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  whiskerMin: number;
  whiskerMax: number;
  mean: number;
}

/** One period's figures of a level x group: null when no stay left that level with that group then. */
export interface StayFigures {
  count: number;
  box: StayBox;
}

/** A level x group of either period, with its figures per period (this period first, then the compared one). */
export interface LevelGroup {
  level: number;
  levelName: string;
  groupKey: string;
  groupLabel: string;
  figures: (StayFigures | null)[];
}

export interface StayBoxes {
  unit: DurationUnit;
  periods: Period[];
  groups: LevelGroup[];
  data: ChartData<'boxplot', (StayBox | null)[], string>;
  /** Each category's axis text: its short name, then this period's p50 and p90. */
  axisLines: string[][];
  /** Tooltip lines per dataset, per category. */
  tooltips: string[][][];
}

/** Above two hours at p90, minutes get hard to read on an axis: switch to hours. */
const HOURS_FROM_MINUTES = 120;

function chooseUnit(stats: readonly DurationStats[]): DurationUnit {
  return stats.some((s) => s.p90Minutes >= HOURS_FROM_MINUTES) ? 'hours' : 'minutes';
}

function inUnit(minutes: number, unit: DurationUnit): number {
  return oneDecimal(unit === 'hours' ? minutes / 60 : minutes);
}

const unitSymbol = (unit: DurationUnit) => (unit === 'hours' ? 'h' : 'min');

/** A value already in `unit`: "14 min", "1.5 h". */
function formatDuration(value: number, unit: DurationUnit): string {
  return `${decimalText(value)} ${unitSymbol(unit)}`;
}

function toStayBox(stats: DurationStats, unit: DurationUnit): StayBox {
  const min = inUnit(stats.p10Minutes, unit);
  const max = inUnit(stats.p90Minutes, unit);
  return {
    min,
    q1: inUnit(stats.p25Minutes, unit),
    median: inUnit(stats.p50Minutes, unit),
    q3: inUnit(stats.p75Minutes, unit),
    max,
    whiskerMin: min,
    whiskerMax: max,
    mean: inUnit(stats.meanMinutes, unit),
  };
}

const statsOf = (row: TimeAtLevelRow, measure: StayMeasure) => row[measure.clock][measure.part];
const groupId = (row: { level: number; groupKey: string }) => `${row.level}\u0000${row.groupKey}`;

/** Every level x group of the reports, up the ladder and then by group name (numbers in names in number order). */
function unionOfGroups(reports: readonly TimeAtLevelReport[]): TimeAtLevelRow[] {
  const byId = new Map<string, TimeAtLevelRow>();
  for (const row of reports.flatMap((r) => r.rows)) if (!byId.has(groupId(row))) byId.set(groupId(row), row);
  return [...byId.values()].sort(
    (a, b) => a.level - b.level || a.groupLabel.localeCompare(b.groupLabel, 'en', { numeric: true }),
  );
}

function tooltipLines(period: Period, figures: StayFigures | null, unit: DurationUnit): string[] {
  if (!figures) return [];
  const { box, count } = figures;
  const f = (value: number) => formatDuration(value, unit);
  return [
    `${period.label}: ${counted(count, 'stay')}`,
    `p50 ${f(box.median)} · p90 ${f(box.max)}`,
    `box p25 to p75: ${f(box.q1)} to ${f(box.q3)}`,
    `whiskers p10 to p90: ${f(box.min)} to ${f(box.max)}`,
    `mean ${f(box.mean)}`,
  ];
}

function axisLine(figures: StayFigures | null, unit: DurationUnit): string {
  if (!figures) return 'no stays this period';
  return `p50 ${formatDuration(figures.box.median, unit)} · p90 ${formatDuration(figures.box.max, unit)}`;
}

/** This period's box per level x group, and the compared period's beside it (lighter) when there is one. */
export function toStayBoxes(
  report: TimeAtLevelReport,
  comparison: TimeAtLevelReport | null,
  measure: StayMeasure,
): StayBoxes {
  const reports = comparison ? [report, comparison] : [report];
  const unit = chooseUnit(reports.flatMap((r) => r.rows.map((row) => statsOf(row, measure))));
  const periods = periodsOf(report, comparison);
  const rowsById = reports.map((r) => new Map(r.rows.map((row) => [groupId(row), row])));
  const groups: LevelGroup[] = unionOfGroups(reports).map((row) => ({
    level: row.level,
    levelName: row.levelName,
    groupKey: row.groupKey,
    groupLabel: row.groupLabel,
    figures: rowsById.map((rows) => {
      const found = rows.get(groupId(row));
      return found ? { count: found.count, box: toStayBox(statsOf(found, measure), unit) } : null;
    }),
  }));
  const labels = groups.map((g) => `${levelLabel(g.level, g.levelName)} · ${g.groupLabel}`);
  // This period in the palette's first colour, the compared one in grey; the mean dot in the outline's colour.
  const colours = [CHART_PALETTE[0], OTHER_PERIOD_COLOUR].map((colour, p) => ({
    borderColor: colour,
    backgroundColor: `${colour}${p === 0 ? '40' : '1f'}`,
    meanBackgroundColor: colour,
  }));
  return {
    unit,
    periods,
    groups,
    data: {
      labels,
      datasets: periods.map((period, p) => ({
        label: period.label,
        data: groups.map((g) => g.figures[p]?.box ?? null),
        borderWidth: 1.5,
        ...colours[p],
      })),
    },
    axisLines: groups.map((g, i) => [shortLabel(labels[i] ?? ''), axisLine(g.figures[0] ?? null, unit)]),
    tooltips: periods.map((period, p) => groups.map((g) => tooltipLines(period, g.figures[p] ?? null, unit))),
  };
}

/** Horizontal boxes: one row per level x group, its name and p50/p90 on the axis, every figure in the tooltip. */
export function stayBoxOptions(boxes: StayBoxes, animate: boolean): ChartOptions<'boxplot'> {
  const base = baseChartOptions<'boxplot'>(animate);
  return {
    ...base,
    indexAxis: 'y',
    scales: {
      x: {
        beginAtZero: true,
        grace: '4%',
        title: { display: true, text: `Time at level (${boxes.unit})` },
      },
      y: {
        grid: { display: false },
        ticks: { autoSkip: false, callback: (_value, index) => boxes.axisLines[index] ?? '' },
      },
    },
    plugins: {
      legend: { position: 'bottom', display: boxes.periods.length > 1 },
      tooltip: {
        callbacks: {
          title: (items) => boxes.data.labels?.[items[0]?.dataIndex ?? -1] ?? '',
          label: (item) => boxes.tooltips[item.datasetIndex]?.[item.dataIndex] ?? [],
        },
      },
    },
  };
}

/** The stays behind a box, over its own period. */
export function stayDrill(
  boxes: StayBoxes,
  groupBy: GroupBy,
  pick: { datasetIndex: number; index: number },
): Drill | null {
  const group = boxes.groups[pick.index];
  const period = boxes.periods[pick.datasetIndex];
  if (!group || !period || !group.figures[pick.datasetIndex]) return null;
  const target = groupDrillTarget('stints', groupBy, group);
  return { target, range: period.range };
}

/** "Whole stay, wall clock" */
export const measureText = (measure: StayMeasure) =>
  `${PART_NAMES[measure.part]}, ${CLOCK_NAMES[measure.clock].toLowerCase()}`;

/**
 * The boxes' figures as a table: this period's percentiles, and with a comparison its p50 and p90 and the change
 * (this period minus the compared one, from the rounded figures so the columns add up). Stay counts link to the stays.
 */
export function stayTable(boxes: StayBoxes, groupBy: GroupBy, measure: StayMeasure, link: DrillLink): DataTable {
  const u = unitSymbol(boxes.unit);
  const figure = (key: string, label: string): TableColumn => ({ key, label, numeric: true, decimals: 1 });
  const compared = boxes.periods[1];
  const columns: TableColumn[] = [
    { key: 'level', label: 'Level' },
    { key: 'group', label: GROUP_NAMES[groupBy] },
    { key: 'stays', label: 'Stays', numeric: true },
    figure('p10', `p10 (${u})`),
    figure('p25', `p25 (${u})`),
    figure('p50', `p50 (${u})`),
    figure('p75', `p75 (${u})`),
    figure('p90', `p90 (${u})`),
    figure('mean', `Mean (${u})`),
  ];
  if (compared) {
    columns.push(
      { key: 'comparedStays', label: 'Stays, compared', numeric: true },
      figure('comparedP50', `p50, compared (${u})`),
      figure('comparedP90', `p90, compared (${u})`),
      figure('p50Change', `p50 change (${u})`),
      figure('p90Change', `p90 change (${u})`),
    );
  }
  const change = (now: number | undefined, before: number | undefined) =>
    now === undefined || before === undefined ? null : oneDecimal(now - before);
  const rows = boxes.groups.map((g): TableRow => {
    const [now, before] = [g.figures[0]?.box, g.figures[1]?.box];
    const target = groupDrillTarget('stints', groupBy, g);
    const cells: Record<string, CellValue> = {
      level: levelLabel(g.level, g.levelName),
      group: g.groupLabel,
      stays: g.figures[0]?.count ?? 0,
      p10: now?.min ?? null,
      p25: now?.q1 ?? null,
      p50: now?.median ?? null,
      p75: now?.q3 ?? null,
      p90: now?.max ?? null,
      mean: now?.mean ?? null,
    };
    const links: Record<string, CellLink> = {};
    if (g.figures[0]) links['stays'] = link({ target });
    if (compared) {
      Object.assign(cells, {
        comparedStays: g.figures[1]?.count ?? 0,
        comparedP50: before?.median ?? null,
        comparedP90: before?.max ?? null,
        p50Change: change(now?.median, before?.median),
        p90Change: change(now?.max, before?.max),
      });
      if (g.figures[1]) links['comparedStays'] = link({ target, range: compared.range });
    }
    return { cells, links };
  });
  const against = compared?.range ? ` against ${compared.range.from} to ${compared.range.to}` : '';
  return {
    caption:
      `Time at level per level and ${GROUP_NAMES[groupBy].toLowerCase()} ` +
      `(${measureText(measure).toLowerCase()}, in ${boxes.unit}), ${boxes.periods[0]?.label ?? ''}${against}`,
    columns,
    rows,
  };
}
