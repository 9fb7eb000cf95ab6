import type { TimeAtLevelReport } from '@ladder/contracts';
import { formatMinutes, type DataTable } from '@ladder/portal/ui';
import type { DrillLink } from '../shared/drill';
import { levelLabel } from '../shared/labels';
import { GROUP_NAMES, groupDrillTarget } from './time-at-level.settings';

/**
 * The stays still open, oldest first (then up the ladder): how many per level x group and how long the oldest has
 * waited. Each count links to those escalations.
 */
export function stillAtLevelTable(report: TimeAtLevelReport, link: DrillLink): DataTable {
  const rows = [...report.stillAtLevel].sort((a, b) => b.oldestMinutes - a.oldestMinutes || a.level - b.level);
  return {
    caption: `Escalations still at a level now, per level and ${GROUP_NAMES[report.groupBy].toLowerCase()}, oldest first`,
    columns: [
      { key: 'level', label: 'Level' },
      { key: 'group', label: GROUP_NAMES[report.groupBy] },
      { key: 'open', label: 'Still there', numeric: true },
      { key: 'oldest', label: 'Oldest has waited' },
    ],
    rows: rows.map((row) => ({
      cells: {
        level: levelLabel(row.level, row.levelName),
        group: row.groupLabel,
        open: row.count,
        oldest: formatMinutes(row.oldestMinutes),
      },
      links: { open: link({ target: groupDrillTarget('still-at-level', report.groupBy, row) }) },
    })),
  };
}
