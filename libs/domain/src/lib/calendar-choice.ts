import type { Calendar, SeverityTarget } from '@ladder/contracts';

export interface NamedCalendar {
  id: string;
  name: string;
  definition: Calendar;
}

/** The calendar procedures fall back to when a team has none. */
export const FALLBACK_CALENDAR = 'business-hours';

/**
 * The calendar an escalation's clocks run on: the one its severity target names, or for "team" the calendar of
 * the team working it (else the standard business hours). Unknown names fall back to 24x7 so no clock stops.
 */
export function calendarFor(
  target: Pick<SeverityTarget, 'calendar'>,
  teamCalendarId: string | null,
  calendars: readonly NamedCalendar[],
): NamedCalendar {
  const byName = (name: string) => calendars.find((c) => c.name === name);
  const chosen =
    target.calendar === 'team'
      ? (calendars.find((c) => c.id === teamCalendarId) ?? byName(FALLBACK_CALENDAR))
      : byName(target.calendar);
  return chosen ?? { id: '00000000-0000-0000-0000-000000000000', name: '24x7', definition: { kind: '24x7' } };
}
