import { CalendarSchema, WEEKDAYS, type Calendar, type Weekday, type WorkingInterval } from '@ladder/contracts';

/** A calendar as the form edits it: each day's hours as text ("09:00-12:00, 13:00-17:00"), holidays one per line. */
export interface CalendarForm {
  kind: Calendar['kind'];
  timeZone: string;
  hours: Record<Weekday, string>;
  holidays: string;
}

/** Form field -> message. Fields: `kind`, `timeZone`, `hours` (the week), `hours.<day>`, `holidays`, `form` (the rest). */
export type CalendarFormErrors = Readonly<Record<string, string>>;

export const WEEKDAY_LABEL: Readonly<Record<Weekday, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const INTERVAL = /^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/;

export function toCalendarForm(calendar: Calendar): CalendarForm {
  const hours = Object.fromEntries(WEEKDAYS.map((day) => [day, ''])) as Record<Weekday, string>;
  if (calendar.kind === '24x7') return { kind: calendar.kind, timeZone: 'UTC', hours, holidays: '' };
  for (const day of WEEKDAYS) {
    hours[day] = (calendar.hours[day] ?? []).map(([start, end]) => `${start}-${end}`).join(', ');
  }
  return { kind: calendar.kind, timeZone: calendar.timeZone, hours, holidays: calendar.holidays.join('\n') };
}

/** Where an error about a calendar path (the API's `definition.hours.mon.0`, or the schema's) belongs in the form. */
export function formFieldOf(path: string): string {
  const [head, day] = path.replace(/^definition\.?/, '').split('.');
  if (head === 'hours') return day ? `hours.${day}` : 'hours';
  if (head === 'timeZone' || head === 'holidays' || head === 'kind') return head;
  return 'form';
}

/** First message per form field. */
export function formErrorsOf(fieldErrors: Readonly<Record<string, string>>): CalendarFormErrors {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) errors[formFieldOf(path)] ??= message;
  return errors;
}

function parseDay(text: string): WorkingInterval[] | string {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const intervals: WorkingInterval[] = [];
  for (const part of parts) {
    const match = INTERVAL.exec(part);
    if (!match?.[1] || !match[2]) return `"${part}" is not an interval: write it as 09:00-17:00`;
    intervals.push([match[1].padStart(5, '0'), match[2].padStart(5, '0')]);
  }
  return intervals;
}

/** The calendar the form describes, checked by the contract's own schema; or the errors to show by the fields. */
export function fromCalendarForm(form: CalendarForm): { calendar: Calendar } | { errors: CalendarFormErrors } {
  if (form.kind === '24x7') return { calendar: { kind: '24x7' } };
  const errors: Record<string, string> = {};
  const hours: Partial<Record<Weekday, WorkingInterval[]>> = {};
  for (const day of WEEKDAYS) {
    const parsed = parseDay(form.hours[day]);
    if (typeof parsed === 'string') errors[`hours.${day}`] = parsed;
    else if (parsed.length > 0) hours[day] = parsed;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const holidays = form.holidays.split(/[\s,]+/).filter((date) => date !== '');
  const checked = CalendarSchema.safeParse({ kind: form.kind, timeZone: form.timeZone.trim(), hours, holidays });
  if (checked.success) return { calendar: checked.data };
  return {
    errors: formErrorsOf(
      Object.fromEntries(checked.error.issues.map((issue) => [issue.path.join('.'), issue.message])),
    ),
  };
}
