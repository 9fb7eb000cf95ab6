import { z } from 'zod';
import { isKnownTimeZone, WEEKDAYS } from './values';

export const WeekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof WeekdaySchema>;

/** Local wall time "HH:MM"; "24:00" only makes sense as the end of an interval. */
const clockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected "HH:MM" between 00:00 and 24:00');

/** Working interval [start, end) in local wall time. */
export const WorkingIntervalSchema = z
  .tuple([clockTime, clockTime])
  .refine(([start, end]) => end > start, { message: 'interval must end after it starts' });
export type WorkingInterval = z.infer<typeof WorkingIntervalSchema>;

const dayHours = z.array(WorkingIntervalSchema).superRefine((intervals, ctx) => {
  intervals.forEach(([start, end], i) => {
    const previous = intervals[i - 1];
    if (previous && start < previous[1]) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `${start}-${end} starts before ${previous[0]}-${previous[1]} ends: intervals must be in ascending order and must not overlap`,
      });
    }
  });
});

export const BusinessHoursCalendarSchema = z.object({
  kind: z.literal('business-hours'),
  timeZone: z.string().refine(isKnownTimeZone, {
    error: (issue) => `unknown IANA time zone "${String(issue.input)}"`,
  }),
  /** A day missing from the record is not worked. */
  hours: z
    .partialRecord(WeekdaySchema, dayHours)
    .refine((hours) => Object.values(hours).some((day) => day.length > 0), {
      message: 'a calendar needs at least one working interval in the week',
    }),
  /** Local dates (YYYY-MM-DD) with no working time. */
  holidays: z.array(z.iso.date()),
});
export type BusinessHoursCalendar = z.infer<typeof BusinessHoursCalendarSchema>;

export const AroundTheClockCalendarSchema = z.object({ kind: z.literal('24x7') });
export type AroundTheClockCalendar = z.infer<typeof AroundTheClockCalendarSchema>;

export const CalendarSchema = z.discriminatedUnion('kind', [AroundTheClockCalendarSchema, BusinessHoursCalendarSchema]);
export type Calendar = z.infer<typeof CalendarSchema>;
