import type { TooltipItem } from 'chart.js';
import { LOAD } from './load.fixture';
import { capacityData, capacityOptions, capacityTable, teamCapacityRows, teamQueueLink } from './team-capacity.mapper';

const rows = teamCapacityRows(LOAD);

describe('teamCapacityRows', () => {
  it('labels each team with its level and rounds open per agent to two decimals', () => {
    // 9 / 4 = 2.25; 5 / 3 = 1.666… -> 1.67; no capacity -> null
    expect(rows).toEqual([
      { teamId: 'team-1', label: 'L1 · Service Desk', open: 9, capacity: 4, openPerAgent: 2.25 },
      {
        teamId: 'team-2',
        label: 'L2 · Network Operations and Infrastructure Engineering',
        open: 5,
        capacity: 3,
        openPerAgent: 1.67,
      },
      { teamId: 'team-3', label: 'L3 · Security', open: 1, capacity: 0, openPerAgent: null },
    ]);
  });
});

describe('capacityData', () => {
  it('sets open escalations beside staffed agents per team', () => {
    expect(capacityData(rows)).toEqual({
      labels: ['L1 · Service Desk', 'L2 · Network Operations and Infrastructure Engineering', 'L3 · Security'],
      datasets: [
        { label: 'Open escalations', data: [9, 5, 1], backgroundColor: '#1f5fa8' },
        { label: 'Staffed agents', data: [4, 3, 0], backgroundColor: '#2e7d32' },
      ],
    });
  });
});

describe('capacityOptions', () => {
  const options = capacityOptions(rows, false);

  it('adds open per agent to the tooltip', () => {
    const footer = options.plugins?.tooltip?.callbacks?.footer as unknown as (
      items: Partial<TooltipItem<'bar'>>[],
    ) => string;
    expect(footer([{ dataIndex: 1 }])).toBe('1.67 open per agent');
    expect(footer([{ dataIndex: 2 }])).toBe('No capacity set');
  });

  it('cuts long team names on the axis only', () => {
    const tick = (options.scales?.['y']?.ticks as unknown as { callback: (value: number, index: number) => string })
      .callback;
    // "L2 · Network Operations and" is 27 characters, then the ellipsis: 28.
    expect(tick(1, 1)).toBe('L2 · Network Operations and…');
    expect(tick(0, 0)).toBe('L1 · Service Desk');
  });
});

describe('teamQueueLink', () => {
  it("opens the team's queue of open escalations, with the report's severities", () => {
    expect(teamQueueLink('team-1', [])).toEqual({
      path: '/escalations',
      queryParams: { team: 'team-1', status: 'open,acknowledged,waiting,reopened' },
    });
    expect(teamQueueLink('team-1', ['S1', 'S2']).queryParams).toEqual({
      team: 'team-1',
      status: 'open,acknowledged,waiting,reopened',
      severity: 'S1,S2',
    });
  });
});

describe('capacityTable', () => {
  it('lists the teams with open escalations linked to their queue', () => {
    const table = capacityTable(rows, (teamId) => ({ path: '/queue', queryParams: { team: teamId } }));
    expect(table.columns.map((column) => column.label)).toEqual([
      'Team',
      'Open escalations',
      'Staffed agents',
      'Open per agent',
    ]);
    expect(table.rows[2]).toEqual({
      cells: { team: 'L3 · Security', open: 1, capacity: 0, openPerAgent: null },
      links: { open: { path: '/queue', queryParams: { team: 'team-3' } } },
    });
  });
});
