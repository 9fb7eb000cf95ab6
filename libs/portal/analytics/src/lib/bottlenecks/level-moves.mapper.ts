import type { BottlenecksReport } from '@ladder/contracts';
import { type CellLink, type CellValue, type DataTable, type TableRow } from '@ladder/portal/ui';
import { CHART_PALETTE } from '@ladder/portal/ui/charts';
import type { ChartData } from 'chart.js';
import type { Drill, DrillLink } from '../shared/drill';
import { counted } from '../shared/figures';
import type { BarTexts } from '../shared/horizontal-bars';
import { OTHER_PERIOD_COLOUR, periodsOf, type Period } from '../shared/periods';
import { signed } from './bottlenecks.mapper';

/** The two kinds of move between levels the report counts; each is its drill-down basis too. */
export type MoveKind = 'ping-pong' | 'skipped-levels';

/** How each kind is named: its table columns and what it counts. */
export const MOVE_TEXT: Readonly<
  Record<MoveKind, { from: string; to: string; counted: string; one: string; what: string }>
> = {
  'ping-pong': {
    from: 'Sent back from',
    to: 'Sent back to',
    counted: 'Escalations',
    one: 'escalation',
    what: 'Escalations sent back and escalated again',
  },
  'skipped-levels': {
    from: 'From',
    to: 'To',
    counted: 'Moves',
    one: 'move',
    what: 'Moves up that skipped a level',
  },
};

export interface LevelMove {
  fromLevel: number;
  toLevel: number;
  /** Per period (this one first): escalations or moves, 0 where the pair did not happen. */
  counts: number[];
}

export interface LevelMoveBars extends BarTexts {
  kind: MoveKind;
  periods: Period[];
  moves: LevelMove[];
  data: ChartData<'bar', number[], string>;
}

function countsOf(kind: MoveKind, report: BottlenecksReport): { fromLevel: number; toLevel: number; count: number }[] {
  return kind === 'ping-pong'
    ? report.pingPong.pairs.map((p) => ({
        fromLevel: p.sentBackFromLevel,
        toLevel: p.sentBackToLevel,
        count: p.escalations,
      }))
    : report.skippedLevels.map((s) => ({ fromLevel: s.fromLevel, toLevel: s.toLevel, count: s.moves }));
}

/** Every pair of either period, the most frequent now first, then the most frequent before, then up the ladder. */
function movesOf(kind: MoveKind, reports: readonly BottlenecksReport[]): LevelMove[] {
  const byPair = new Map<string, LevelMove>();
  reports.forEach((report, p) => {
    for (const { fromLevel, toLevel, count } of countsOf(kind, report)) {
      const key = `${fromLevel}>${toLevel}`;
      const move = byPair.get(key) ?? { fromLevel, toLevel, counts: reports.map(() => 0) };
      move.counts[p] = count;
      byPair.set(key, move);
    }
  });
  const count = (move: LevelMove, p: number) => move.counts[p] ?? 0;
  return [...byPair.values()].sort(
    (a, b) =>
      count(b, 0) - count(a, 0) || count(b, 1) - count(a, 1) || a.fromLevel - b.fromLevel || a.toLevel - b.toLevel,
  );
}

/**
 * Counts per pair of levels of one kind, this period and the compared one beside it. `levelName` names a level
 * ("L2 Team Lead").
 */
export function toLevelMoveBars(
  kind: MoveKind,
  report: BottlenecksReport,
  comparison: BottlenecksReport | null,
  levelName: (level: number) => string,
): LevelMoveBars {
  const text = MOVE_TEXT[kind];
  const periods = periodsOf(report, comparison);
  const moves = movesOf(kind, comparison ? [report, comparison] : [report]);
  const labels = moves.map((m) => `${levelName(m.fromLevel)} → ${levelName(m.toLevel)}`);
  const colours = [CHART_PALETTE[0], OTHER_PERIOD_COLOUR];
  return {
    kind,
    periods,
    moves,
    labels,
    data: {
      labels,
      datasets: periods.map((period, p) => ({
        label: period.label,
        data: moves.map((m) => m.counts[p] ?? 0),
        backgroundColor: colours[p],
      })),
    },
    tooltips: periods.map((period, p) => moves.map((m) => `${period.label}: ${counted(m.counts[p] ?? 0, text.one)}`)),
    footers: moves.map((m) =>
      comparison ? [`Change: ${signed((m.counts[0] ?? 0) - (m.counts[1] ?? 0))} against the compared period`] : [],
    ),
  };
}

/** The escalations behind a bar, over its period; nothing for a bar of 0. */
export function levelMoveDrill(bars: LevelMoveBars, pick: { datasetIndex: number; index: number }): Drill | null {
  const move = bars.moves[pick.index];
  const period = bars.periods[pick.datasetIndex];
  if (!move || !period || !move.counts[pick.datasetIndex]) return null;
  const target = { basis: bars.kind, fromLevel: move.fromLevel, toLevel: move.toLevel };
  return { target, range: period.range };
}

/** The counts per pair of levels, with the compared count and the change when comparing; each count links. */
export function levelMoveTable(bars: LevelMoveBars, levelName: (level: number) => string, link: DrillLink): DataTable {
  const text = MOVE_TEXT[bars.kind];
  const [current, compared] = bars.periods;
  const columns = [
    { key: 'from', label: text.from },
    { key: 'to', label: text.to },
    { key: 'count', label: text.counted, numeric: true },
    ...(compared
      ? [
          { key: 'compared', label: `${text.counted}, compared`, numeric: true },
          { key: 'change', label: 'Change', numeric: true },
        ]
      : []),
  ];
  const rows = bars.moves.map((move): TableRow => {
    const [now = 0, before = 0] = move.counts;
    const target = { basis: bars.kind, fromLevel: move.fromLevel, toLevel: move.toLevel };
    const cells: Record<string, CellValue> = {
      from: levelName(move.fromLevel),
      to: levelName(move.toLevel),
      count: now,
    };
    const links: Record<string, CellLink> = now > 0 ? { count: link({ target }) } : {};
    if (compared) {
      Object.assign(cells, { compared: before, change: now - before });
      if (before > 0) links['compared'] = link({ target, range: compared.range });
    }
    return { cells, links };
  });
  const against = compared?.range ? ` against ${compared.range.from} to ${compared.range.to}` : '';
  return { caption: `${text.what}, per pair of levels, ${current?.label ?? ''}${against}`, columns, rows };
}
