import type { FlowReport } from '@ladder/contracts';
import { formatMinutes, type DataTable } from '@ladder/portal/ui';
import { CHART_PALETTE, type ChartPick } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Drill, DrillLink } from '../shared/drill';
import { counted, oneDecimal } from '../shared/figures';
import { levelLabel } from '../shared/labels';

/** A move between two levels, named for the chart: "L1 Service Desk" to "L2 Team Lead". */
export interface LevelMove {
  fromLevel: number;
  toLevel: number;
  from: string;
  to: string;
  count: number;
  /** Median minutes at the level before the move, one decimal. */
  medianDwellMinutes: number;
}

/** The label of each level the reports name, "L3" alone for a level none of them names. */
export function levelNamer(...reports: readonly (FlowReport | null)[]): (level: number) => string {
  const names = new Map(reports.flatMap((report) => report?.levels ?? []).map((l) => [l.level, l.levelName]));
  return (level) => levelLabel(level, names.get(level));
}

/**
 * The moves split by direction. A sankey cannot draw a loop, and a move back down followed by the next escalation
 * is one, so the chart draws the moves up and the moves back down are listed beside it.
 */
export function levelMoves(report: FlowReport): { up: LevelMove[]; down: LevelMove[] } {
  const name = levelNamer(report);
  const moves = report.transitions.map((t) => ({
    fromLevel: t.fromLevel,
    toLevel: t.toLevel,
    from: name(t.fromLevel),
    to: name(t.toLevel),
    count: t.count,
    medianDwellMinutes: oneDecimal(t.medianDwellMinutes),
  }));
  return { up: moves.filter((m) => m.toLevel > m.fromLevel), down: moves.filter((m) => m.toLevel < m.fromLevel) };
}

const levelColour = (level: number) => CHART_PALETTE[(level - 1) % CHART_PALETTE.length] ?? CHART_PALETTE[0];

/** Each flow's colours, from its level's to the next's (the sankey resolves them per flow, not from arrays). */
export function flowColours(up: readonly LevelMove[]): { from: string[]; to: string[] } {
  return { from: up.map((m) => levelColour(m.fromLevel)), to: up.map((m) => levelColour(m.toLevel)) };
}

/** The moves up as sankey flows, each level in its own column up the ladder and in its own colour. */
export function sankeyData(up: readonly LevelMove[]): ChartData<'sankey'> {
  const levels = [...new Set(up.flatMap((m) => [m.fromLevel, m.toLevel]))].sort((a, b) => a - b);
  const column: Record<string, number> = {};
  for (const move of up) {
    column[move.from] = levels.indexOf(move.fromLevel);
    column[move.to] = levels.indexOf(move.toLevel);
  }
  const colours = flowColours(up);
  return {
    datasets: [
      {
        label: 'Moves up the ladder',
        data: up.map((m) => ({ from: m.from, to: m.to, flow: m.count })),
        column,
        colorFrom: (context) => colours.from[context.dataIndex] ?? CHART_PALETTE[0],
        colorTo: (context) => colours.to[context.dataIndex] ?? CHART_PALETTE[0],
        colorMode: 'gradient',
        size: 'max',
        nodeWidth: 12,
        borderWidth: 0,
        color: '#202124',
      },
    ],
  };
}

export function sankeyTooltipLabel(up: readonly LevelMove[], index: number): string {
  const move = up[index];
  if (!move) return '';
  return (
    `${move.from} → ${move.to}: ${counted(move.count, 'move')}, ` +
    `median ${formatMinutes(move.medianDwellMinutes)} at ${move.from} before moving`
  );
}

export function sankeyOptions(up: readonly LevelMove[], animate: boolean): ChartOptions<'sankey'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: animate ? undefined : false,
    plugins: {
      legend: { display: false },
      tooltip: { callbacks: { title: () => '', label: (item) => sankeyTooltipLabel(up, item.dataIndex) } },
    },
  };
}

export function sankeyLabel(report: FlowReport, up: readonly LevelMove[]): string {
  const flows = up.map((m) => `${m.from} to ${m.to}, ${counted(m.count, 'move')}`).join('; ');
  return (
    `Flow diagram of the moves up the ladder of escalations opened from ${report.from} to ${report.to}, ` +
    `each flow as wide as its moves: ${flows}. The same figures are in the table view.`
  );
}

const transitionsOf = (move: LevelMove): Drill => ({
  target: { basis: 'transitions', fromLevel: move.fromLevel, toLevel: move.toLevel },
});

export function sankeyPick(up: readonly LevelMove[], pick: ChartPick): Drill | null {
  const move = up[pick.index];
  return move ? transitionsOf(move) : null;
}

/** Moves as a table: the sankey's flows, or the moves back down it cannot draw. */
export function movesTable(caption: string, moves: readonly LevelMove[], link: DrillLink): DataTable {
  return {
    caption,
    columns: [
      { key: 'from', label: 'From' },
      { key: 'to', label: 'To' },
      { key: 'moves', label: 'Moves', numeric: true },
      { key: 'dwell', label: 'Median dwell before the move (min)', numeric: true, decimals: 1 },
    ],
    rows: moves.map((move) => ({
      cells: { from: move.from, to: move.to, moves: move.count, dwell: move.medianDwellMinutes },
      links: { moves: link(transitionsOf(move)) },
    })),
  };
}
