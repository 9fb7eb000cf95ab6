import type { Calendar } from '@ladder/contracts';
import { formErrorsOf, formFieldOf, fromCalendarForm, toCalendarForm, type CalendarForm } from './calendar-form';

const london: Calendar = {
  kind: 'business-hours',
  timeZone: 'Europe/London',
  hours: {
    mon: [
      ['09:00', '12:30'],
      ['13:30', '17:30'],
    ],
    fri: [['09:00', '16:00']],
  },
  holidays: ['2026-12-25', '2026-12-28'],
};

const emptyWeek = { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' };

describe('calendar form', () => {
  it('writes each day as text and reads it back to the same calendar', () => {
    const form = toCalendarForm(london);
    expect(form).toEqual({
      kind: 'business-hours',
      timeZone: 'Europe/London',
      hours: { ...emptyWeek, mon: '09:00-12:30, 13:30-17:30', fri: '09:00-16:00' },
      holidays: '2026-12-25\n2026-12-28',
    });
    expect(fromCalendarForm(form)).toEqual({ calendar: london });
  });

  it('accepts loose spacing, one-digit hours and holidays separated by commas', () => {
    const form: CalendarForm = {
      kind: 'business-hours',
      timeZone: ' Europe/Berlin ',
      hours: { ...emptyWeek, tue: '8:00 - 12:00,13:00-16:30' },
      holidays: '2026-12-24, 2026-12-31',
    };
    expect(fromCalendarForm(form)).toEqual({
      calendar: {
        kind: 'business-hours',
        timeZone: 'Europe/Berlin',
        hours: {
          tue: [
            ['08:00', '12:00'],
            ['13:00', '16:30'],
          ],
        },
        holidays: ['2026-12-24', '2026-12-31'],
      },
    });
  });

  it('says which day cannot be read', () => {
    expect(fromCalendarForm({ ...toCalendarForm(london), hours: { ...emptyWeek, wed: '9-5' } })).toEqual({
      errors: { 'hours.wed': '"9-5" is not an interval: write it as 09:00-17:00' },
    });
  });

  it('checks the calendar with the contract: overlaps, an unknown time zone, bad dates, an empty week', () => {
    const result = fromCalendarForm({
      kind: 'business-hours',
      timeZone: 'Mars/Olympus',
      hours: { ...emptyWeek, mon: '09:00-13:00, 12:00-17:00' },
      holidays: '2026-02-30x',
    });
    expect(result).toEqual({
      errors: {
        timeZone: 'unknown IANA time zone "Mars/Olympus"',
        'hours.mon':
          '12:00-17:00 starts before 09:00-13:00 ends: intervals must be in ascending order and must not overlap',
        holidays: 'Invalid ISO date',
      },
    });
    expect(fromCalendarForm({ ...toCalendarForm(london), hours: emptyWeek })).toEqual({
      errors: { hours: 'a calendar needs at least one working interval in the week' },
    });
  });

  it('needs nothing more for a 24x7 calendar', () => {
    expect(fromCalendarForm({ ...toCalendarForm(london), kind: '24x7', timeZone: '' })).toEqual({
      calendar: { kind: '24x7' },
    });
  });

  it('puts API errors next to the fields they name', () => {
    expect(formFieldOf('definition.hours.mon.1')).toBe('hours.mon');
    expect(formFieldOf('definition.hours')).toBe('hours');
    expect(formFieldOf('definition.timeZone')).toBe('timeZone');
    expect(formFieldOf('definition.holidays.0')).toBe('holidays');
    expect(formFieldOf('version')).toBe('form');
    expect(
      formErrorsOf({ 'definition.holidays.0': 'Invalid date', 'definition.holidays.2': 'Invalid date too' }),
    ).toEqual({
      holidays: 'Invalid date',
    });
  });
});
