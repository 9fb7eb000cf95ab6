import type { SlaBreachesReport } from '@ladder/contracts';
import type { CellLink, DataTable } from '@ladder/portal/ui';
import type { ChartPick } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import type { DateRange } from '../filters/report-filters';
import type { Drill, DrillLink } from '../shared/drill';
import { counted, oneDecimal } from '../shared/figures';
import { levelLabel } from '../shared/labels';
import { periodBarsData, periodBarsOptions } from '../shared/period-bars';

export const BREACH_TIME_MEASURES = ['hours', 'escalations'] as const;
export type BreachTimeMeasure = (typeof BREACH_TIME_MEASURES)[number];

interface TimeAtLevel {
  escalations: number;
  /** One decimal. */
  hours: number;
}

export interface BreachTimeLevel extends TimeAtLevel {
  level: number;
  label: string;
  /** The comparison period's figures at the level (zeros where it had none); null without a comparison. */
  comparison: TimeAtLevel | null;
}

export interface BreachTime {
  range: DateRange;
  comparisonRange: DateRange | null;
  levels: BreachTimeLevel[];
}

const NOTHING: TimeAtLevel = { escalations: 0, hours: 0 };

/** Each level that took most of the time of a resolution-breached escalation in either period, up the ladder. */
export function breachTime(report: SlaBreachesReport, comparison: SlaBreachesReport | null): BreachTime {
  const rows = [...report.whereBreachedTimeWent, ...(comparison?.whereBreachedTimeWent ?? [])];
  const names = new Map(rows.map((row) => [row.level, row.levelName]));
  const figures = (source: SlaBreachesReport, level: number): TimeAtLevel => {
    const row = source.whereBreachedTimeWent.find((r) => r.level === level);
    return row ? { escalations: row.escalations, hours: oneDecimal(row.hours) } : NOTHING;
  };
  return {
    range: { from: report.from, to: report.to },
    comparisonRange: comparison && { from: comparison.from, to: comparison.to },
    levels: [...names.entries()]
      .sort(([a], [b]) => a - b)
      .map(([level, name]) => ({
        level,
        label: levelLabel(level, name),
        ...figures(report, level),
        comparison: comparison && figures(comparison, level),
      })),
  };
}

const VALUE_TITLES: Readonly<Record<BreachTimeMeasure, string>> = {
  hours: 'Hours at the level (SLA calendar)',
  escalations: 'Resolution-breached escalations',
};

export function breachTimeChartData(model: BreachTime, measure: BreachTimeMeasure): ChartData<'bar', number[], string> {
  return periodBarsData(
    model.levels.map((l) => l.label),
    model.levels.map((l) => l[measure]),
    model.comparisonRange && model.levels.map((l) => (l.comparison ?? NOTHING)[measure]),
    VALUE_TITLES[measure],
  );
}

const figuresText = (figures: TimeAtLevel) => `${figures.hours} h over ${counted(figures.escalations, 'escalation')}`;

export function breachTimeTooltipLabel(model: BreachTime, datasetIndex: number, index: number): string {
  const level = model.levels[index];
  if (!level) return '';
  if (datasetIndex === 0) return `${model.comparisonRange ? 'This period: ' : ''}${figuresText(level)}`;
  return `Comparison period: ${figuresText(level.comparison ?? NOTHING)}`;
}

export function breachTimeChartOptions(
  model: BreachTime,
  measure: BreachTimeMeasure,
  animate: boolean,
): ChartOptions<'bar'> {
  return periodBarsOptions(
    VALUE_TITLES[measure],
    model.levels.map((l) => l.label),
    model.comparisonRange !== null,
    (datasetIndex, index) => breachTimeTooltipLabel(model, datasetIndex, index),
    animate,
  );
}

export function breachTimeChartLabel(model: BreachTime, measure: BreachTimeMeasure): string {
  const what = measure === 'hours' ? 'the hours that' : 'how many';
  const comparison = model.comparisonRange ? ', beside the comparison period' : '';
  return (
    `Bar chart of ${what} escalations that breached their resolution target spent at the level that took most of ` +
    `their time, per level, from ${model.range.from} to ${model.range.to}${comparison}. ` +
    'The same figures are in the table view.'
  );
}

function drillAt(level: BreachTimeLevel, range?: DateRange): Drill {
  return { target: { basis: 'breach-time', atLevel: level.level }, ...(range ? { range } : {}) };
}

export function breachTimePick(model: BreachTime, pick: ChartPick): Drill | null {
  const level = model.levels[pick.index];
  if (!level) return null;
  if (pick.datasetIndex === 0) return level.escalations > 0 ? drillAt(level) : null;
  const range = model.comparisonRange;
  return range && level.comparison && level.comparison.escalations > 0 ? drillAt(level, range) : null;
}

export function breachTimeTable(model: BreachTime, link: DrillLink): DataTable {
  const range = model.comparisonRange;
  return {
    caption: 'Resolution-breached escalations by the level that took most of their time',
    columns: [
      { key: 'level', label: 'Level' },
      { key: 'escalations', label: 'Escalations', numeric: true },
      { key: 'hours', label: 'Hours at the level', numeric: true, decimals: 1 },
      ...(range
        ? [
            { key: 'comparisonEscalations', label: 'Comparison escalations', numeric: true },
            { key: 'comparisonHours', label: 'Comparison hours', numeric: true, decimals: 1 },
          ]
        : []),
    ],
    rows: model.levels.map((level) => {
      const links: Record<string, CellLink> = {};
      if (level.escalations > 0) links['escalations'] = link(drillAt(level));
      const compared = level.comparison;
      if (range && compared && compared.escalations > 0) links['comparisonEscalations'] = link(drillAt(level, range));
      return {
        cells: {
          level: level.label,
          escalations: level.escalations,
          hours: level.hours,
          ...(compared ? { comparisonEscalations: compared.escalations, comparisonHours: compared.hours } : {}),
        },
        links,
      };
    }),
  };
}
