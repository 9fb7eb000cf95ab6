import type { StillAtLevelRow } from '@ladder/contracts';
import { testDrillLink } from '../shared/drill.fixture';
import { stillAtLevelTable } from './still-at-level.mapper';
import { timeAtLevelReport } from './time-at-level.fixture';

const still = (row: Omit<StillAtLevelRow, 'levelName'>): StillAtLevelRow => ({
  ...row,
  levelName: `Level ${row.level}`,
});

describe('stillAtLevelTable', () => {
  it('lists the open stays oldest first, then up the ladder, each count linked to them', () => {
    const report = timeAtLevelReport({
      groupBy: 'severity',
      stillAtLevel: [
        still({ level: 2, groupKey: 'S2', groupLabel: 'S2', count: 2, oldestMinutes: 95 }),
        still({ level: 3, groupKey: 'S1', groupLabel: 'S1', count: 1, oldestMinutes: 3000 }),
        still({ level: 1, groupKey: 'S3', groupLabel: 'S3', count: 4, oldestMinutes: 95 }),
      ],
    });
    const table = stillAtLevelTable(report, testDrillLink);
    expect(table.caption).toBe('Escalations still at a level now, per level and severity, oldest first');
    expect(table.columns.map((c) => c.label)).toEqual(['Level', 'Severity', 'Still there', 'Oldest has waited']);
    // 3000 min = 2 days and 120 min: "2d 2h"; 95 min: "1h 35m". The two 95-minute rows go up the ladder.
    expect(table.rows).toEqual([
      {
        cells: { level: 'L3 Level 3', group: 'S1', open: 1, oldest: '2d 2h' },
        links: {
          open: {
            path: '/reports/drill-down',
            queryParams: { basis: 'still-at-level', level: '3', severity: 'S1' },
          },
        },
      },
      {
        cells: { level: 'L1 Level 1', group: 'S3', open: 4, oldest: '1h 35m' },
        links: {
          open: {
            path: '/reports/drill-down',
            queryParams: { basis: 'still-at-level', level: '1', severity: 'S3' },
          },
        },
      },
      {
        cells: { level: 'L2 Level 2', group: 'S2', open: 2, oldest: '1h 35m' },
        links: {
          open: {
            path: '/reports/drill-down',
            queryParams: { basis: 'still-at-level', level: '2', severity: 'S2' },
          },
        },
      },
    ]);
  });
});
