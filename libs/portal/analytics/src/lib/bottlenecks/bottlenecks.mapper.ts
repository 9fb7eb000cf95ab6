import type { BottleneckRow, BottlenecksReport } from '@ladder/contracts';
import { type CellLink, type CellValue, type DataTable, type TableRow } from '@ladder/portal/ui';
import { CHART_PALETTE } from '@ladder/portal/ui/charts';
import type { ChartData } from 'chart.js';
import type { Drill, DrillLink, DrillTarget } from '../shared/drill';
import { decimalText, oneDecimal } from '../shared/figures';
import type { BarTexts } from '../shared/horizontal-bars';
import { levelLabel } from '../shared/labels';
import { OTHER_PERIOD_COLOUR, otherPeriod, rangeText, type Period } from '../shared/periods';

/** The compared period's report is asked for this many pairs, so most ranked pairs find their figure in it. */
export const COMPARED_LIMIT = 100;

/** "+2.5", "-1", "0": a change with its sign. */
export const signed = (value: number) => (value > 0 ? `+${decimalText(value)}` : decimalText(value));

/** "L2 Team Lead · Network" */
const pairText = (row: { level: number; levelName: string; teamName: string }) =>
  `${levelLabel(row.level, row.levelName)} · ${row.teamName}`;

export interface OverBudgetBars extends BarTexts {
  /** This period, the previous one, and the compared one when the filter bar asks for another period. */
  periods: Period[];
  ranking: readonly BottleneckRow[];
  /** Per dataset, per ranked pair: hours over budget, null where that period has no figure. */
  hours: (number | null)[][];
  data: ChartData<'bar', (number | null)[], string>;
}

/** This period, the previous one (the report's own), and the compared one when it is another period. */
function rankingPeriods(report: BottlenecksReport, comparison: BottlenecksReport | null): Period[] {
  const previous = { from: report.previousFrom, to: report.previousTo };
  const periods: Period[] = [{ label: rangeText(report) }, otherPeriod(previous, 'previous')];
  if (comparison && (comparison.from !== previous.from || comparison.to !== previous.to)) {
    periods.push(otherPeriod(comparison, 'compared'));
  }
  return periods;
}

const samePair = (a: BottleneckRow) => (b: BottleneckRow) => a.level === b.level && a.teamId === b.teamId;

function changeText(row: BottleneckRow): string {
  if (row.changeHours === null) return 'No stay in the previous period to compare with';
  const hours = `Change: ${signed(oneDecimal(row.changeHours))} h`;
  if (row.changeRatio === null) return `${hours} (nothing over budget before)`;
  return `${hours} (${signed(Math.round(row.changeRatio * 100))} %) against the previous period`;
}

function hoursLine(period: Period, hours: number | null, missing: string): string {
  return `${period.label}: ${hours === null ? missing : `${decimalText(hours)} h over budget`}`;
}

/**
 * Hours over budget per ranked (level, team), this period against the previous one (the report's own), and against
 * the compared period when that is another one. Ranked as the API ranks them.
 */
export function toOverBudgetBars(report: BottlenecksReport, comparison: BottlenecksReport | null): OverBudgetBars {
  const periods = rankingPeriods(report, comparison);
  const ranking = report.ranking;
  const hours: (number | null)[][] = [
    ranking.map((row) => oneDecimal(row.hoursOverBudget)),
    ranking.map((row) => oneDecimal(row.previousHoursOverBudget)),
  ];
  if (comparison && periods.length > 2) {
    hours.push(
      ranking.map((row) => {
        const then = comparison.ranking.find(samePair(row));
        return then ? oneDecimal(then.hoursOverBudget) : null;
      }),
    );
  }
  const colours = [CHART_PALETTE[0], OTHER_PERIOD_COLOUR, CHART_PALETTE[1]];
  const missing = ['', 'no stay then', `not among the top ${COMPARED_LIMIT} then`];
  const labels = ranking.map(pairText);
  return {
    periods,
    ranking,
    hours,
    labels,
    data: {
      labels,
      datasets: hours.map((data, p) => ({
        label: periods[p]?.label ?? '',
        data,
        backgroundColor: colours[p],
      })),
    },
    tooltips: hours.map((data, p) =>
      data.map((value) => hoursLine(periods[p] ?? { label: '' }, value, missing[p] ?? '')),
    ),
    footers: ranking.map((row) => [`${row.overBudgetStints} of ${row.stints} stays over budget`, changeText(row)]),
  };
}

/** The stays past their budget behind a bar, over that bar's period. */
export function overBudgetDrill(bars: OverBudgetBars, pick: { datasetIndex: number; index: number }): Drill | null {
  const row = bars.ranking[pick.index];
  const period = bars.periods[pick.datasetIndex];
  if (!row || !period || (bars.hours[pick.datasetIndex]?.[pick.index] ?? null) === null) return null;
  return { target: { basis: 'over-budget', level: row.level, teamId: row.teamId }, range: period.range };
}

/**
 * The ranking with every figure the API gives, in hours (p90 too) and percent; the counts and hours link to the
 * stays behind them, each over its own period.
 */
export function overBudgetTable(bars: OverBudgetBars, link: DrillLink): DataTable {
  const [current, previous, compared] = bars.periods;
  const hoursColumn = (key: string, label: string) => ({ key, label, numeric: true, decimals: 1 });
  const columns = [
    { key: 'rank', label: 'Rank', numeric: true },
    { key: 'level', label: 'Level' },
    { key: 'team', label: 'Team' },
    hoursColumn('hoursOverBudget', 'Hours over budget'),
    { key: 'overBudgetStays', label: 'Stays over budget', numeric: true },
    { key: 'stays', label: 'Stays', numeric: true },
    hoursColumn('totalHours', 'Hours at level'),
    hoursColumn('share', 'Share of all hours (%)'),
    hoursColumn('p90', 'p90 stay (h)'),
    hoursColumn('previous', 'Hours over budget, previous'),
    hoursColumn('changeHours', 'Change (h)'),
    { key: 'changePercent', label: 'Change (%)', numeric: true, decimals: 0 },
    ...(compared ? [hoursColumn('compared', 'Hours over budget, compared')] : []),
  ];
  const rows = bars.ranking.map((row, i): TableRow => {
    const overBudget: DrillTarget = { basis: 'over-budget', level: row.level, teamId: row.teamId };
    const cells: Record<string, CellValue> = {
      rank: i + 1,
      level: levelLabel(row.level, row.levelName),
      team: row.teamName,
      hoursOverBudget: bars.hours[0]?.[i] ?? null,
      overBudgetStays: row.overBudgetStints,
      stays: row.stints,
      totalHours: oneDecimal(row.totalHours),
      share: oneDecimal(row.shareOfAllHours * 100),
      p90: oneDecimal(row.p90Minutes / 60),
      previous: bars.hours[1]?.[i] ?? null,
      changeHours: oneDecimal(row.changeHours),
      changePercent: row.changeRatio === null ? null : Math.round(row.changeRatio * 100),
    };
    const links: Record<string, CellLink> = {
      hoursOverBudget: link({ target: overBudget }),
      overBudgetStays: link({ target: overBudget }),
      stays: link({ target: { basis: 'stints', level: row.level, teamId: row.teamId } }),
    };
    if (cells['previous'] !== null) links['previous'] = link({ target: overBudget, range: previous?.range });
    if (compared) {
      cells['compared'] = bars.hours[2]?.[i] ?? null;
      if (cells['compared'] !== null) links['compared'] = link({ target: overBudget, range: compared.range });
    }
    return { cells, links };
  });
  const against = compared ? ` and ${compared.label}` : '';
  return {
    caption: `Hours over budget per level and team, ${current?.label ?? ''}, against ${previous?.label ?? ''}${against}`,
    columns,
    rows,
  };
}
