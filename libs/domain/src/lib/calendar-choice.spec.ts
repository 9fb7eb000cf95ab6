import { calendarFor, type NamedCalendar } from './calendar-choice';

const allDay: NamedCalendar = { id: 'c-24x7', name: '24x7', definition: { kind: '24x7' } };
const office = (id: string, name: string, timeZone: string): NamedCalendar => ({
  id,
  name,
  definition: { kind: 'business-hours', timeZone, hours: { mon: [['09:00', '17:00']] }, holidays: [] },
});
const newYork = office('c-ny', 'business-hours', 'America/New_York');
const london = office('c-ldn', 'london-office', 'Europe/London');
const calendars = [allDay, newYork, london];

describe('calendarFor', () => {
  it('takes the calendar the severity target names', () => {
    expect(calendarFor({ calendar: '24x7' }, 'c-ldn', calendars)).toBe(allDay);
    expect(calendarFor({ calendar: 'london-office' }, null, calendars)).toBe(london);
  });

  it('takes the working team\'s calendar for "team", else the standard business hours', () => {
    expect(calendarFor({ calendar: 'team' }, 'c-ldn', calendars)).toBe(london);
    expect(calendarFor({ calendar: 'team' }, null, calendars)).toBe(newYork);
    expect(calendarFor({ calendar: 'team' }, 'c-deleted', calendars)).toBe(newYork);
  });

  it('runs the clocks around the clock rather than stopping them when a name resolves to nothing', () => {
    expect(calendarFor({ calendar: 'gone' }, null, calendars).definition).toEqual({ kind: '24x7' });
    expect(calendarFor({ calendar: 'team' }, null, [allDay]).definition).toEqual({ kind: '24x7' });
  });
});
