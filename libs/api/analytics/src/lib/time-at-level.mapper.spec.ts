import { toStillAtLevelRow, toTimeAtLevelRow } from './time-at-level.mapper';
import type { FinishedRow } from './time-at-level.sql';

const group = { group_key: '00000000-0000-4000-8000-000000000001', group_label: 'Service Desk' };

describe('time-at-level mappers', () => {
  it('turns seconds [mean, p10, p25, p50, p75, p90, p95] into minutes, per part and clock, with the level name given', () => {
    // The Service Desk row of time-at-level.integration-spec.ts in seconds: e.g. wall total [10, 20, 30, 100] minutes
    // gives mean 40, p10 13, p25 17.5, p50 25, p75 47.5, p90 79, p95 89.5 (x 60).
    const row = {
      level: 1,
      ...group,
      count: 4,
      wall_total: [2400, 780, 1050, 1500, 2850, 4740, 5370],
      wall_waiting: [885, 258, 285, 750, 1350, 1620, 1710],
      wall_handling: [1515, 108, 270, 630, 1875, 3630, 4215],
      business_total: [1575, 780, 1050, 1500, 2025, 2430, 2565],
      business_waiting: [735, 258, 285, 450, 900, 1440, 1620],
      business_handling: [840, 108, 270, 630, 1200, 1740, 1920],
    } satisfies FinishedRow;
    const mapped = toTimeAtLevelRow(row, 'Service Desk');
    expect(mapped).toMatchObject({ level: 1, levelName: 'Service Desk', groupLabel: 'Service Desk', count: 4 });
    expect(mapped.wallClock.total).toEqual({
      meanMinutes: 40,
      p10Minutes: 13,
      p25Minutes: 17.5,
      p50Minutes: 25,
      p75Minutes: 47.5,
      p90Minutes: 79,
      p95Minutes: 89.5,
    });
    expect(mapped.businessHours.handling).toEqual({
      meanMinutes: 14,
      p10Minutes: 1.8,
      p25Minutes: 4.5,
      p50Minutes: 10.5,
      p75Minutes: 20,
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
