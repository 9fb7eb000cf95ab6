import type { Calendar } from '@ladder/contracts';
import { addWorkingTime, workingMinutesBetween } from './working-time';

const weekdays = (intervals: [string, string][]) => ({
  mon: intervals,
  tue: intervals,
  wed: intervals,
  thu: intervals,
  fri: intervals,
});
const office = (holidays: string[] = []): Calendar => ({
  kind: 'business-hours',
  timeZone: 'Europe/Berlin',
  hours: weekdays([['09:00', '17:00']]),
  holidays,
});
const withLunch: Calendar = {
  kind: 'business-hours',
  timeZone: 'Europe/Berlin',
  hours: weekdays([
    ['09:00', '12:00'],
    ['13:00', '17:00'],
  ]),
  holidays: [],
};
/** A Sunday night shift, so the shift itself spans the DST change at 02:00/03:00. */
const sundayNight: Calendar = {
  kind: 'business-hours',
  timeZone: 'Europe/Berlin',
  hours: { sun: [['00:00', '06:00']] },
  holidays: [],
};
const add = (calendar: Calendar, start: string, minutes: number) =>
  addWorkingTime(calendar, new Date(start), minutes).toISOString();
const between = (calendar: Calendar, from: string, to: string) =>
  workingMinutesBetween(calendar, new Date(from), new Date(to));

describe('addWorkingTime', () => {
  it('adds plain elapsed time on 24x7, DST changes included', () => {
    // 23:30Z + 90 min, straight through the night Berlin springs forward.
    expect(add({ kind: '24x7' }, '2026-03-28T23:30:00Z', 90)).toBe('2026-03-29T01:00:00.000Z');
  });

  it('carries over the weekend and a Monday holiday', () => {
    // Fri 2026-01-09 16:00 CET (15:00Z): 60 min until 17:00, the other 60 on Monday 09:00-10:00 CET = 09:00Z.
    expect(add(office(), '2026-01-09T15:00:00Z', 120)).toBe('2026-01-12T09:00:00.000Z');
    // Monday 2026-01-12 is a holiday: the second hour falls on Tuesday 09:00-10:00 CET.
    expect(add(office(['2026-01-12']), '2026-01-09T15:00:00Z', 120)).toBe('2026-01-13T09:00:00.000Z');
  });

  it('starts counting at opening when started before opening or after closing', () => {
    // Mon 07:30 CET: counting starts at 09:00, +30 -> 09:30 CET.
    expect(add(office(), '2026-01-12T06:30:00Z', 30)).toBe('2026-01-12T08:30:00.000Z');
    // Mon 18:00 CET: closed until Tue 09:00, +30 -> Tue 09:30 CET.
    expect(add(office(), '2026-01-12T17:00:00Z', 30)).toBe('2026-01-13T08:30:00.000Z');
    // Exactly at closing a target that fits to the second ends at closing.
    expect(add(office(), '2026-01-12T15:00:00Z', 60)).toBe('2026-01-12T16:00:00.000Z');
  });

  it('skips the lunch gap of a two-interval day', () => {
    // Mon 11:30 CET + 60: 30 min until 12:00, then 13:00-13:30 CET.
    expect(add(withLunch, '2026-01-12T10:30:00Z', 60)).toBe('2026-01-12T12:30:00.000Z');
    // Started during lunch (12:15 CET): counting starts at 13:00, +15 -> 13:15 CET.
    expect(add(withLunch, '2026-01-12T11:15:00Z', 15)).toBe('2026-01-12T12:15:00.000Z');
  });

  it('keeps local opening hours across spring forward (Europe/Berlin 2026-03-29)', () => {
    // Fri 16:00 CET (15:00Z) + 120: 60 on Friday, 60 on Monday 09:00-10:00 CEST (UTC+2) = 08:00Z.
    expect(add(office(), '2026-03-27T15:00:00Z', 120)).toBe('2026-03-30T08:00:00.000Z');
    // Sun 00:00 CET = 28th 23:00Z; 240 real minutes later is 03:00Z = 05:00 CEST (the 02:00-03:00 hour never exists).
    expect(add(sundayNight, '2026-03-28T23:00:00Z', 240)).toBe('2026-03-29T03:00:00.000Z');
  });

  it('keeps local opening hours across fall back (Europe/Berlin 2026-10-25)', () => {
    // Fri 16:00 CEST (14:00Z) + 120: 60 on Friday, 60 on Monday 09:00-10:00 CET (UTC+1) = 09:00Z.
    expect(add(office(), '2026-10-23T14:00:00Z', 120)).toBe('2026-10-26T09:00:00.000Z');
    // Sun 00:00 CEST = 24th 22:00Z; 240 real minutes later is 02:00Z = 03:00 CET (02:00-03:00 happens twice).
    expect(add(sundayNight, '2026-10-24T22:00:00Z', 240)).toBe('2026-10-25T02:00:00.000Z');
  });

  it('moves a boundary that falls in the skipped hour forward with the clocks', () => {
    // 02:30 does not exist on 2026-03-29: the interval opens at 03:30 CEST = 01:30Z and closes at 04:00 CEST = 02:00Z.
    const gap: Calendar = { ...sundayNight, hours: { sun: [['02:30', '04:00']] } };
    expect(add(gap, '2026-03-29T00:00:00Z', 30)).toBe('2026-03-29T02:00:00.000Z');
  });
});

describe('workingMinutesBetween', () => {
  it('counts elapsed time on 24x7 to the second', () => {
    expect(between({ kind: '24x7' }, '2026-03-28T23:30:00Z', '2026-03-29T01:00:30Z')).toBe(90.5);
  });

  it('counts only working time across a weekend and a holiday, to the second', () => {
    // Fri 16:00 CET -> Mon 10:00:30 CET: 60 + 60 min + 30 s.
    expect(between(office(), '2026-01-09T15:00:00Z', '2026-01-12T09:00:30Z')).toBe(120.5);
    // Monday a holiday: Fri 16:00 CET -> Tue 10:00 CET is again 120.
    expect(between(office(['2026-01-12']), '2026-01-09T15:00:00Z', '2026-01-13T09:00:00Z')).toBe(120);
  });

  it('leaves out the lunch gap and is 0 for a reversed range', () => {
    // Mon 08:00 -> 18:00 CET: 3 h + 4 h.
    expect(between(withLunch, '2026-01-12T07:00:00Z', '2026-01-12T17:00:00Z')).toBe(420);
    expect(between(withLunch, '2026-01-12T17:00:00Z', '2026-01-12T07:00:00Z')).toBe(0);
  });

  it('counts the real length of a shift across DST changes', () => {
    // 00:00-06:00 local is 5 real hours when springing forward and 7 when falling back.
    expect(between(sundayNight, '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z')).toBe(300);
    expect(between(sundayNight, '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z')).toBe(420);
    // Fri 16:00 CET -> Mon 10:00 CEST across spring forward: 60 + 60.
    expect(between(office(), '2026-03-27T15:00:00Z', '2026-03-30T08:00:00Z')).toBe(120);
  });
});

describe('working days worked out once and reused', () => {
  /** Kolkata is UTC+05:30: its midnight falls on a half hour in UTC. */
  const kolkata: Calendar = {
    kind: 'business-hours',
    timeZone: 'Asia/Kolkata',
    hours: { mon: [['00:00', '01:00']], tue: [['00:00', '01:00']] },
    holidays: [],
  };

  it('puts instants a minute either side of a half-hour midnight on the right local day, asked in any order', () => {
    // Monday 2026-03-02 23:59 IST is 18:29Z; one minute later it is Tuesday 00:00 IST = 18:30Z.
    const tuesdayEarly = new Date('2026-03-02T18:31:00Z');
    const mondayLate = new Date('2026-03-02T18:29:00Z');
    for (let round = 0; round < 2; round++) {
      expect(addWorkingTime(kolkata, tuesdayEarly, 10).toISOString()).toBe('2026-03-02T18:41:00.000Z');
      // From Monday 23:59 the next working time is Tuesday 00:00-01:00: 10 minutes end at 00:10 IST = 18:40Z.
      expect(addWorkingTime(kolkata, mondayLate, 10).toISOString()).toBe('2026-03-02T18:40:00.000Z');
    }
  });

  it('keeps two calendars that differ only in a holiday apart', () => {
    const friday = new Date('2026-03-06T08:00:00Z');
    expect(addWorkingTime(office(), friday, 60).toISOString()).toBe('2026-03-06T09:00:00.000Z');
    expect(addWorkingTime(office(['2026-03-06']), friday, 60).toISOString()).toBe('2026-03-09T09:00:00.000Z');
  });
});
