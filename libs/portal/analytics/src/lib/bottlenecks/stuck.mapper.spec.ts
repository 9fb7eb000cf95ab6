import { testDrillLink } from '../shared/drill.fixture';
import { bottlenecksReport } from './bottlenecks.fixture';
import { stuckTable } from './stuck.mapper';

describe('stuckTable', () => {
  it('lists the stuck escalations per level and team, longest first, each count linked to them', () => {
    const report = bottlenecksReport({
      stuck: [
        {
          level: 2,
          levelName: 'Team Lead',
          teamId: 'team-net',
          teamName: 'Network',
          escalations: 2,
          oldestMinutes: 900,
          levelP90Minutes: 300,
        },
        {
          level: 1,
          levelName: 'Service Desk',
          teamId: 'team-sd',
          teamName: 'Service Desk',
          escalations: 5,
          oldestMinutes: 1500,
          levelP90Minutes: 60,
        },
      ],
    });
    const table = stuckTable(report, testDrillLink);
    expect(table.columns.map((c) => c.label)).toEqual(['Level', 'Team', 'Stuck', 'Oldest has waited', 'Level p90']);
    // 1500 min = 1 day and 60 min: "1d 1h"; 900 min = "15h"; 300 min = "5h"; 60 min = "1h".
    expect(table.rows).toEqual([
      {
        cells: { level: 'L1 Service Desk', team: 'Service Desk', stuck: 5, oldest: '1d 1h', p90: '1h' },
        links: {
          stuck: { path: '/reports/drill-down', queryParams: { basis: 'stuck', level: '1', teamId: 'team-sd' } },
        },
      },
      {
        cells: { level: 'L2 Team Lead', team: 'Network', stuck: 2, oldest: '15h', p90: '5h' },
        links: {
          stuck: { path: '/reports/drill-down', queryParams: { basis: 'stuck', level: '2', teamId: 'team-net' } },
        },
      },
    ]);
  });
});
