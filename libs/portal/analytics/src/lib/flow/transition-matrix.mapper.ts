import type { FlowReport } from '@ladder/contracts';
import type { CellLink, DataTable, TableColumn, TableRow } from '@ladder/portal/ui';
import { levelNamer } from './flow.mapper';
import type { DrillLink } from '../shared/drill';
import { oneDecimal } from '../shared/figures';
import { levelLabel } from '../shared/labels';

const levelsOf = (report: FlowReport | null) =>
  report ? [...report.levels.map((l) => l.level), ...report.transitions.flatMap((t) => [t.fromLevel, t.toLevel])] : [];

const countOf = (report: FlowReport, from: number, to: number) =>
  report.transitions.find((t) => t.fromLevel === from && t.toLevel === to)?.count ?? 0;

/**
 * Moves from each level (rows) to each other level (columns): the count and the median time at the level before the
 * move, and the comparison period's count beside them. A level's own cell stays empty; counts link to their moves.
 */
export function transitionMatrixTable(report: FlowReport, comparison: FlowReport | null, link: DrillLink): DataTable {
  const levels = [...new Set([...levelsOf(report), ...levelsOf(comparison)])].sort((a, b) => a - b);
  const name = levelNamer(report, comparison);
  const columns: TableColumn[] = [{ key: 'from', label: 'From level' }];
  for (const to of levels) {
    columns.push(
      { key: `moves${to}`, label: `To ${levelLabel(to)}: moves`, numeric: true },
      { key: `dwell${to}`, label: `To ${levelLabel(to)}: median dwell (min)`, numeric: true, decimals: 1 },
    );
    if (comparison)
      columns.push({ key: `comparison${to}`, label: `To ${levelLabel(to)}: moves, comparison`, numeric: true });
  }
  const rows = levels.map((from): TableRow => {
    const cells: TableRow['cells'] = { from: name(from) };
    const links: Record<string, CellLink> = {};
    for (const to of levels) {
      const move = report.transitions.find((t) => t.fromLevel === from && t.toLevel === to);
      const target = { basis: 'transitions', fromLevel: from, toLevel: to };
      cells[`moves${to}`] = from === to ? null : (move?.count ?? 0);
      cells[`dwell${to}`] = move ? oneDecimal(move.medianDwellMinutes) : null;
      if (move) links[`moves${to}`] = link({ target });
      if (!comparison) continue;
      const compared = countOf(comparison, from, to);
      cells[`comparison${to}`] = from === to ? null : compared;
      if (compared > 0)
        links[`comparison${to}`] = link({ target, range: { from: comparison.from, to: comparison.to } });
    }
    return { cells, links };
  });
  return { caption: 'Moves between levels: from each level (rows) to each other level', columns, rows };
}
