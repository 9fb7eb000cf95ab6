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

interface WorkingDay {
  spans: readonly Span[];
  /** Start of the next local day, epoch ms. */
  next: number;
}

interface KnownDays {
  /** By local day start. */
  byStart: Map<number, WorkingDay>;
  /** Local day start by quarter hour: every zone's offset is a whole number of quarter hours, so a quarter hour
   * never straddles local midnight. */
  startOfQuarter: Map<number, number>;
}

/** Working days already worked out, per calendar (by its JSON): luxon is the costly part of the clock math. */
const knownDays = new Map<string, KnownDays>();
const QUARTER_HOUR = 900_000;
const MAX_CALENDARS = 64;
const MAX_DAYS_PER_CALENDAR = 20_000;

/** Each calendar object's JSON, worked out once: a calendar is never changed in place (an edit is a new object). */
const keys = new WeakMap<Calendar, string>();

function keyOf(calendar: Calendar): string {
  let key = keys.get(calendar);
  if (key === undefined) {
    key = JSON.stringify(calendar);
    keys.set(calendar, key);
  }
  return key;
}

function daysOf(calendar: Calendar): KnownDays {
  const key = keyOf(calendar);
  let days = knownDays.get(key);
  if (!days || days.byStart.size + days.startOfQuarter.size > MAX_DAYS_PER_CALENDAR) {
    if (knownDays.size >= MAX_CALENDARS) knownDays.clear();
    days = { byStart: new Map(), startOfQuarter: new Map() };
    knownDays.set(key, days);
  }
  return days;
}

function localDayStart(days: KnownDays, timeZone: string, at: number): number {
  const quarter = Math.floor(at / QUARTER_HOUR);
  let start = days.startOfQuarter.get(quarter);
  if (start === undefined) {
    start = DateTime.fromMillis(at, { zone: timeZone }).startOf('day').toMillis();
    days.startOfQuarter.set(quarter, start);
  }
  return start;
}

function workingDay(calendar: Calendar & { kind: 'business-hours' }, dayStart: number): WorkingDay {
  const day = DateTime.fromMillis(dayStart, { zone: calendar.timeZone });
  const holiday = calendar.holidays.includes(day.toISODate() ?? '');
  // luxon numbers weekdays 1 (Monday) to 7 (Sunday), the order of WEEKDAYS.
  const hours = holiday ? [] : (calendar.hours[WEEKDAYS[day.weekday - 1] as Weekday] ?? []);
  return {
    spans: hours.map(([open, close]): Span => [instantAt(day, open), instantAt(day, close)]),
    next: day.plus({ days: 1 }).toMillis(),
  };
}

/** Working time of a calendar from `from` on, in order, endless (a validated calendar works at least once a week). */
export function* workingWindows(calendar: Calendar, from: Date): Generator<Span> {
  const start = from.getTime();
  if (calendar.kind === '24x7') {
    yield [start, Infinity];
    return;
  }
  const days = daysOf(calendar);
  for (let dayStart = localDayStart(days, calendar.timeZone, start); ;) {
    let day = days.byStart.get(dayStart);
    if (!day) {
      day = workingDay(calendar, dayStart);
      days.byStart.set(dayStart, day);
    }
    for (const [open, close] of day.spans) {
      const span: Span = [Math.max(open, start), close];
      if (span[1] > span[0]) yield span;
    }
    dayStart = day.next;
  }
}
