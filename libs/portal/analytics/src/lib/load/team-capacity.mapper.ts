import type { LoadReport } from '@ladder/contracts';
import { STATUSES } from '@ladder/contracts/values';
import { type CellLink, type DataTable } from '@ladder/portal/ui';
import { baseChartOptions, CHART_PALETTE } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import { twoDecimals } from '../shared/figures';
import { levelLabel, shortLabel } from '../shared/labels';

type TeamLoad = LoadReport['teams'][number];

/** A team's row, its open-per-agent rounded once so the chart, table and CSV agree. */
export interface TeamCapacityRow {
  teamId: string;
  label: string;
  open: number;
  capacity: number;
  openPerAgent: number | null;
}

/** Statuses of escalations not resolved or closed: the team's open work, as the report counts it. */
const OPEN_STATUSES = STATUSES.filter((status) => status !== 'resolved' && status !== 'closed');
const QUEUE_PATH = '/escalations';
/** Longer team names are cut on the axis; the tooltip and the table keep them whole. */
const TICK_CHARACTERS = 28;

export function teamCapacityRows(report: LoadReport): TeamCapacityRow[] {
  return report.teams.map((team: TeamLoad) => ({
    teamId: team.teamId,
    label: `${levelLabel(team.level)} · ${team.teamName}`,
    open: team.open,
    capacity: team.capacity,
    openPerAgent: team.openPerAgent === null ? null : twoDecimals(team.openPerAgent),
  }));
}

/** Open escalations beside staffed agents, one pair of bars per team. */
export function capacityData(rows: readonly TeamCapacityRow[]): ChartData<'bar'> {
  return {
    labels: rows.map((row) => row.label),
    datasets: [
      { label: 'Open escalations', data: rows.map((row) => row.open), backgroundColor: CHART_PALETTE[0] },
      { label: 'Staffed agents', data: rows.map((row) => row.capacity), backgroundColor: CHART_PALETTE[2] },
    ],
  };
}

const openPerAgentText = (row: TeamCapacityRow) =>
  row.openPerAgent === null ? 'No capacity set' : `${row.openPerAgent.toLocaleString('en')} open per agent`;

/** Horizontal bars, so team names have room; the tooltip adds open per agent. */
export function capacityOptions(rows: readonly TeamCapacityRow[], animate: boolean): ChartOptions<'bar'> {
  const base = baseChartOptions<'bar'>(animate);
  return {
    ...base,
    indexAxis: 'y',
    datasets: { bar: { maxBarThickness: 24 } },
    plugins: {
      ...base.plugins,
      tooltip: {
        mode: 'index',
        intersect: false,
        callbacks: {
          footer: (items) => {
            const row = rows[items[0]?.dataIndex ?? -1];
            return row ? openPerAgentText(row) : '';
          },
        },
      },
    },
    scales: {
      x: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Escalations / agents' } },
      y: {
        grid: { display: false },
        ticks: { callback: (_value, index) => shortLabel(rows[index]?.label ?? '', TICK_CHARACTERS) },
      },
    },
  };
}

/** The queue of a team's open escalations, with the report's severity filter (the queue filters by no more). */
export function teamQueueLink(teamId: string, severities: readonly string[]): CellLink {
  const queryParams: Record<string, string> = { team: teamId, status: OPEN_STATUSES.join(',') };
  if (severities.length > 0) queryParams['severity'] = severities.join(',');
  return { path: QUEUE_PATH, queryParams };
}

export function capacityTable(rows: readonly TeamCapacityRow[], link: (teamId: string) => CellLink): DataTable {
  return {
    caption: 'Open escalations and staffed agents per team, now',
    columns: [
      { key: 'team', label: 'Team' },
      { key: 'open', label: 'Open escalations', numeric: true },
      { key: 'capacity', label: 'Staffed agents', numeric: true },
      { key: 'openPerAgent', label: 'Open per agent', numeric: true },
    ],
    rows: rows.map((row) => ({
      cells: { team: row.label, open: row.open, capacity: row.capacity, openPerAgent: row.openPerAgent },
      links: { open: link(row.teamId) },
    })),
  };
}
