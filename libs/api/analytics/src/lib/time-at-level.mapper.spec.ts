import { toStillAtLevelRow, toTimeAtLevelRow } from './time-at-level.mapper';

const team = { team_id: '00000000-0000-4000-8000-000000000001', team_name: 'Service Desk' };

describe('time-at-level mappers', () => {
  it('maps a finished group with the level name given', () => {
    const row = { level: 1, ...team, count: 4, mean_minutes: 40, p50_minutes: 25, p90_minutes: 79 };
    expect(toTimeAtLevelRow(row, 'Service Desk')).toEqual({
      level: 1,
      levelName: 'Service Desk',
      teamId: team.team_id,
      teamName: 'Service Desk',
      count: 4,
      meanMinutes: 40,
      p50Minutes: 25,
      p90Minutes: 79,
    });
  });

  it('maps an open group to a count and the oldest age only', () => {
    expect(toStillAtLevelRow({ level: 2, ...team, count: 2, oldest_minutes: 190 }, 'Team Lead')).toEqual({
      level: 2,
      levelName: 'Team Lead',
      teamId: team.team_id,
      teamName: 'Service Desk',
      count: 2,
      oldestMinutes: 190,
    });
  });
});
