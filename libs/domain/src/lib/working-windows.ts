import { DateTime } from 'luxon';
import { WEEKDAYS, type Calendar, type Weekday } from '@ladder/contracts';

/** A stretch of working time [start, end) in epoch milliseconds. */
export type Span = readonly [start: number, end: number];

/** Instant of a local "HH:MM" on a local day; a wall time skipped by DST moves forward with the clocks. */
function instantAt(day: DateTime, time: string): number {
  const at =
    time === '24:00'
      ? day.plus({ days: 1 })
      : day.set({ hour: Number(time.slice(0, 2)), minute: Number(time.slice(3)) });
  return at.toMillis();
}

/** Working time of a calendar from `from` on, in order, endless (a validated calendar works at least once a week). */
export function* workingWindows(calendar: Calendar, from: Date): Generator<Span> {
  const start = from.getTime();
  if (calendar.kind === '24x7') {
    yield [start, Infinity];
    return;
  }
  const holidays = new Set(calendar.holidays);
  for (
    let day = DateTime.fromMillis(start, { zone: calendar.timeZone }).startOf('day');
    ;
    day = day.plus({ days: 1 })
  ) {
    if (holidays.has(day.toISODate() ?? '')) continue;
    // luxon numbers weekdays 1 (Monday) to 7 (Sunday), the order of WEEKDAYS.
    for (const [open, close] of calendar.hours[WEEKDAYS[day.weekday - 1] as Weekday] ?? []) {
      const span: Span = [Math.max(instantAt(day, open), start), instantAt(day, close)];
      if (span[1] > span[0]) yield span;
    }
  }
}
