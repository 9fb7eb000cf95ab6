import type { DrillDownItem } from '@ladder/contracts';
import type { DataTable } from '@ladder/portal/ui';
import { oneDecimal } from '../shared/figures';

type Params = Readonly<Record<string, string | undefined>>;
type Name = (value: string) => string;

export interface DrillNames {
  level: Name;
  team: Name;
}

const BASIS_TEXT: Readonly<Record<string, string>> = {
  opened: 'Escalations opened',
  stints: 'Stays that left their level',
  'still-at-level': 'Stays still open at their level',
  transitions: 'Moves between levels',
  breaches: 'Escalations that breached a target',
  'breach-time': 'Resolution-breached escalations, by the level that took most of their time',
  'over-budget': 'Stays past their level budget',
  'ping-pong': 'Escalations sent back and escalated again',
  'skipped-levels': 'Moves that skipped a level',
  stuck: 'Stays open longer than their level’s p90',
};

/** What the list shows, in words: "Stays past their level budget · L2 Team Lead · Network · 2026-09-01 to 2026-09-30". */
export function describeDrill(params: Params, names: DrillNames): string {
  const parts = [BASIS_TEXT[params['basis'] ?? ''] ?? 'Escalations'];
  const { fromLevel, toLevel, atLevel, level, teamId, kind, severity, weekday, hour } = params;
  if (kind) parts.push(`${kind} target`);
  if (fromLevel && toLevel) parts.push(`${names.level(fromLevel)} → ${names.level(toLevel)}`);
  if (atLevel) parts.push(`most time at ${names.level(atLevel)}`);
  if (level) parts.push(level.split(',').map(names.level).join(', '));
  if (teamId) parts.push(teamId.split(',').map(names.team).join(', '));
  if (severity) parts.push(severity.split(',').join(', '));
  if (weekday && hour) parts.push(`${weekday} ${hour.padStart(2, '0')}:00`);
  parts.push(`${params['from'] ?? ''} to ${params['to'] ?? ''}`);
  return parts.join(' · ');
}

/** The listed escalations as a table, for the CSV download. */
export function drillTable(caption: string, items: readonly DrillDownItem[]): DataTable {
  return {
    caption,
    columns: [
      { key: 'number', label: 'Number', numeric: true },
      { key: 'title', label: 'Title' },
      { key: 'severity', label: 'Severity' },
      { key: 'status', label: 'Status' },
      { key: 'level', label: 'Level', numeric: true },
      { key: 'team', label: 'Team' },
      { key: 'category', label: 'Category' },
      { key: 'service', label: 'Service' },
      { key: 'openedAt', label: 'Opened' },
      { key: 'resolvedAt', label: 'Resolved' },
      { key: 'minutes', label: 'Minutes measured', numeric: true },
    ],
    rows: items.map((item) => ({
      cells: {
        number: item.number,
        title: item.title,
        severity: item.severity,
        status: item.status,
        level: item.level,
        team: item.teamName,
        category: item.category,
        service: item.affectedService,
        openedAt: item.openedAt,
        resolvedAt: item.resolvedAt,
        minutes: oneDecimal(item.minutes),
      },
    })),
  };
}
