import { z } from 'zod';
import { CalendarSchema } from './calendar';

/** The four clocks of an escalation. */
export const ClockKindSchema = z.enum(['response', 'resolution', 'levelBudget', 'updateCadence']);
export type ClockKind = z.infer<typeof ClockKindSchema>;

export const ClockStateSchema = z.enum(['running', 'paused', 'met', 'breached']);
export type ClockState = z.infer<typeof ClockStateSchema>;

/** An escalation's SLA state in one word, for queue badges and filters. */
export const SlaStateSchema = z.enum(['ok', 'warning', 'breached', 'paused', 'done']);
export type SlaState = z.infer<typeof SlaStateSchema>;

export const SlaClockSchema = z.object({
  kind: ClockKindSchema,
  targetMinutes: z.number(),
  startedAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  warningAt: z.iso.datetime(),
  /** Working seconds counted so far (pauses and time outside the calendar excluded). */
  elapsedSeconds: z.number().int(),
  /** Working seconds left; negative by the overrun once breached. */
  remainingSeconds: z.number().int(),
  state: ClockStateSchema,
  warning: z.boolean(),
  stoppedAt: z.iso.datetime().nullable(),
});
export type SlaClock = z.infer<typeof SlaClockSchema>;

export const EscalationSlaSchema = z.object({
  escalationId: z.uuid(),
  /** The instant the clocks were read at. */
  at: z.iso.datetime(),
  calendar: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['24x7', 'business-hours']) }),
  warningRatio: z.number(),
  state: SlaStateSchema,
  nextDueAt: z.iso.datetime().nullable(),
  clocks: z.array(SlaClockSchema),
});
export type EscalationSla = z.infer<typeof EscalationSlaSchema>;

export const CalendarRecordSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  definition: CalendarSchema,
  /** Optimistic-concurrency version. */
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type CalendarRecord = z.infer<typeof CalendarRecordSchema>;

export const CalendarNameSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lowercase letters, digits and dashes (e.g. "london-office")')
  .refine((name) => name !== 'team', { message: '"team" is reserved: it means "the calendar of the team"' });

export const CreateCalendarSchema = z.object({ name: CalendarNameSchema, definition: CalendarSchema });
export type CreateCalendar = z.infer<typeof CreateCalendarSchema>;

export const UpdateCalendarSchema = z.object({
  definition: CalendarSchema,
  version: z.number().int().min(1),
});
export type UpdateCalendar = z.infer<typeof UpdateCalendarSchema>;
