import type { FlowReport } from '@ladder/contracts';
import type { CellLink, DataTable } from '@ladder/portal/ui';
import type { ChartPick } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import type { DateRange } from '../filters/report-filters';
import { levelNamer } from './flow.mapper';
import type { Drill, DrillLink } from '../shared/drill';
import { counted, percent } from '../shared/figures';
import { periodBarsData, periodBarsOptions } from '../shared/period-bars';

interface Reached {
  reached: number;
  /** Share of the period's escalations, in percent with one decimal. */
  sharePercent: number;
  of: number;
}

export interface LevelReached extends Reached {
  level: number;
  label: string;
  /** The comparison period's figures (zero where it never reached the level); null without a comparison. */
  comparison: Reached | null;
}

export interface LevelsReached {
  comparisonRange: DateRange | null;
  levels: LevelReached[];
}

function reachedIn(report: FlowReport, level: number): Reached {
  const row = report.levels.find((l) => l.level === level);
  return { reached: row?.reached ?? 0, sharePercent: percent(row?.share ?? 0), of: report.escalations };
}

/** How many escalations had a stay at each level, in either period, up the ladder. */
export function levelsReached(report: FlowReport, comparison: FlowReport | null): LevelsReached {
  const name = levelNamer(report, comparison);
  const levels = [...new Set([...report.levels, ...(comparison?.levels ?? [])].map((l) => l.level))];
  return {
    comparisonRange: comparison && { from: comparison.from, to: comparison.to },
    levels: levels
      .sort((a, b) => a - b)
      .map((level) => ({
        level,
        label: name(level),
        ...reachedIn(report, level),
        comparison: comparison && reachedIn(comparison, level),
      })),
  };
}

export function levelsReachedChartData(model: LevelsReached): ChartData<'bar', number[], string> {
  return periodBarsData(
    model.levels.map((l) => l.label),
    model.levels.map((l) => l.reached),
    model.comparisonRange && model.levels.map((l) => l.comparison?.reached ?? 0),
    'Escalations that reached the level',
  );
}

const reachedText = (figures: Reached) =>
  `${counted(figures.reached, 'escalation')} (${figures.sharePercent}% of ${figures.of})`;

export function levelsReachedTooltipLabel(model: LevelsReached, datasetIndex: number, index: number): string {
  const level = model.levels[index];
  if (!level) return '';
  if (datasetIndex === 0) return `${model.comparisonRange ? 'This period: ' : ''}${reachedText(level)}`;
  return level.comparison ? `Comparison period: ${reachedText(level.comparison)}` : '';
}

export function levelsReachedChartOptions(model: LevelsReached, animate: boolean): ChartOptions<'bar'> {
  return periodBarsOptions(
    'Escalations',
    model.levels.map((l) => l.label),
    model.comparisonRange !== null,
    (datasetIndex, index) => levelsReachedTooltipLabel(model, datasetIndex, index),
    animate,
  );
}

export function levelsReachedLabel(report: FlowReport, model: LevelsReached): string {
  const comparison = model.comparisonRange ? ', beside the comparison period' : '';
  return (
    `Bar chart of how many of the escalations opened from ${report.from} to ${report.to} reached each level` +
    `${comparison}. The same figures, with their shares, are in the table view.`
  );
}

function openedAt(level: LevelReached, range?: DateRange): Drill {
  return { target: { basis: 'opened', level: level.level }, ...(range ? { range } : {}) };
}

export function levelsReachedPick(model: LevelsReached, pick: ChartPick): Drill | null {
  const level = model.levels[pick.index];
  if (!level) return null;
  if (pick.datasetIndex === 0) return level.reached > 0 ? openedAt(level) : null;
  const range = model.comparisonRange;
  return range && level.comparison && level.comparison.reached > 0 ? openedAt(level, range) : null;
}

export function levelsReachedTable(model: LevelsReached, link: DrillLink): DataTable {
  const range = model.comparisonRange;
  return {
    caption: 'Escalations that reached each level',
    columns: [
      { key: 'level', label: 'Level' },
      { key: 'reached', label: 'Reached', numeric: true },
      { key: 'share', label: 'Share of escalations (%)', numeric: true, decimals: 1 },
      ...(range
        ? [
            { key: 'comparisonReached', label: 'Comparison reached', numeric: true },
            { key: 'comparisonShare', label: 'Comparison share (%)', numeric: true, decimals: 1 },
          ]
        : []),
    ],
    rows: model.levels.map((level) => {
      const links: Record<string, CellLink> = {};
      if (level.reached > 0) links['reached'] = link(openedAt(level));
      const compared = level.comparison;
      if (range && compared && compared.reached > 0) links['comparisonReached'] = link(openedAt(level, range));
      return {
        cells: {
          level: level.label,
          reached: level.reached,
          share: level.sharePercent,
          ...(compared ? { comparisonReached: compared.reached, comparisonShare: compared.sharePercent } : {}),
        },
        links,
      };
    }),
  };
}
