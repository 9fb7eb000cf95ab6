import type { BottlenecksReport } from '@ladder/contracts';
import { formatMinutes, type DataTable } from '@ladder/portal/ui';
import type { DrillLink } from '../shared/drill';
import { levelLabel } from '../shared/labels';

/** The escalations stuck now, per level and team, the longest-waiting first; each count links to them. */
export function stuckTable(report: BottlenecksReport, link: DrillLink): DataTable {
  const rows = [...report.stuck].sort((a, b) => b.oldestMinutes - a.oldestMinutes || a.level - b.level);
  return {
    caption: 'Escalations at a level now for longer than the p90 of that level’s stays, longest first',
    columns: [
      { key: 'level', label: 'Level' },
      { key: 'team', label: 'Team' },
      { key: 'stuck', label: 'Stuck', numeric: true },
      { key: 'oldest', label: 'Oldest has waited' },
      { key: 'p90', label: 'Level p90' },
    ],
    rows: rows.map((row) => ({
      cells: {
        level: levelLabel(row.level, row.levelName),
        team: row.teamName,
        stuck: row.escalations,
        oldest: formatMinutes(row.oldestMinutes),
        p90: formatMinutes(row.levelP90Minutes),
      },
      links: { stuck: link({ target: { basis: 'stuck', level: row.level, teamId: row.teamId } }) },
    })),
  };
}
