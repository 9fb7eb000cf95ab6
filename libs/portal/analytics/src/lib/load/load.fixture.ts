import type { LoadReport, Weekday } from '@ladder/contracts';
import { WEEKDAYS } from '@ladder/contracts/values';

/** A week of arrivals with only the hours named counted, every other hour of the week zero. */
export function hoursOfWeek(counts: Partial<Record<`${Weekday} ${number}`, number>>): LoadReport['byHourOfWeek'] {
  return WEEKDAYS.flatMap((weekday) =>
    Array.from({ length: 24 }, (_, hour) => ({ weekday, hour, count: counts[`${weekday} ${hour}`] ?? 0 })),
  );
}

const days = (from: string, counts: readonly number[]) =>
  counts.map((count, i) => ({ date: new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10), count }));

/** Monday 2 to Sunday 8 November 2026 in Berlin: 4 at Monday 09:00, 2 at Tuesday 14:00, 1 at Sunday 23:00. */
export const LOAD: LoadReport = {
  from: '2026-11-02',
  to: '2026-11-08',
  timeZone: 'Europe/Berlin',
  byHourOfWeek: hoursOfWeek({ 'mon 9': 4, 'tue 14': 2, 'sun 23': 1 }),
  byDay: days('2026-11-02', [4, 2, 0, 0, 0, 0, 1]),
  teams: [
    { teamId: 'team-1', teamName: 'Service Desk', level: 1, open: 9, capacity: 4, openPerAgent: 2.25 },
    {
      teamId: 'team-2',
      teamName: 'Network Operations and Infrastructure Engineering',
      level: 2,
      open: 5,
      capacity: 3,
      openPerAgent: 5 / 3,
    },
    { teamId: 'team-3', teamName: 'Security', level: 3, open: 1, capacity: 0, openPerAgent: null },
  ],
};

/** The week before: 8 at Wednesday 10:00 (busier than any hour of LOAD), 1 at Monday 08:00. */
export const LOAD_WEEK_BEFORE: LoadReport = {
  ...LOAD,
  from: '2026-10-26',
  to: '2026-11-01',
  byHourOfWeek: hoursOfWeek({ 'mon 8': 1, 'wed 10': 8 }),
  byDay: days('2026-10-26', [1, 0, 8, 0, 0, 0, 0]),
};
