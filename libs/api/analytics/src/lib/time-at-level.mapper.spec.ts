import { toStillAtLevelRow, toTimeAtLevelRow } from './time-at-level.mapper';
import type { FinishedRow } from './time-at-level.sql';

const group = { group_key: '00000000-0000-4000-8000-000000000001', group_label: 'Service Desk' };

describe('time-at-level mappers', () => {
  it('turns seconds [mean, p50, p90, p95] into minutes, per part and clock, with the level name given', () => {
    const row = {
      level: 1,
      ...group,
      count: 4,
      wall_total: [2400, 1500, 4740, 5370],
      wall_waiting: [885, 750, 1620, 1710],
      wall_handling: [1515, 630, 3630, 4215],
      business_total: [1575, 1500, 2430, 2565],
      business_waiting: [735, 450, 1440, 1620],
      business_handling: [840, 630, 1740, 1920],
    } satisfies FinishedRow;
    const mapped = toTimeAtLevelRow(row, 'Service Desk');
    expect(mapped).toMatchObject({ level: 1, levelName: 'Service Desk', groupLabel: 'Service Desk', count: 4 });
    expect(mapped.wallClock.total).toEqual({ meanMinutes: 40, p50Minutes: 25, p90Minutes: 79, p95Minutes: 89.5 });
    expect(mapped.businessHours.handling).toEqual({
      meanMinutes: 14,
      p50Minutes: 10.5,
      p90Minutes: 29,
      p95Minutes: 32,
    });
  });

  it('maps an open group to a count and the oldest age only', () => {
    expect(toStillAtLevelRow({ level: 2, ...group, count: 2, oldest_minutes: 190 }, 'Team Lead')).toEqual({
      level: 2,
      levelName: 'Team Lead',
      groupKey: group.group_key,
      groupLabel: 'Service Desk',
      count: 2,
      oldestMinutes: 190,
    });
  });
});
