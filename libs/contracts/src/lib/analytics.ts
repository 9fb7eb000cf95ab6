import { z } from 'zod';
import { isKnownTimeZone, WeekdaySchema } from './calendar';
import { SeveritySchema } from './enums';
import { listParam } from './query';

export const TimeAtLevelQuerySchema = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
  })
  .refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['from'] });
export type TimeAtLevelQuery = z.infer<typeof TimeAtLevelQuerySchema>;

/** Finished stints (left the level within the range), per level x team. Durations in minutes. */
export const TimeAtLevelRowSchema = z.object({
  level: z.number().int(),
  levelName: z.string(),
  teamId: z.uuid(),
  teamName: z.string(),
  count: z.number().int(),
  meanMinutes: z.number(),
  p50Minutes: z.number(),
  p90Minutes: z.number(),
});
export type TimeAtLevelRow = z.infer<typeof TimeAtLevelRowSchema>;

/** Stints still open: censored, never averaged as finished. */
export const StillAtLevelRowSchema = z.object({
  level: z.number().int(),
  levelName: z.string(),
  teamId: z.uuid(),
  teamName: z.string(),
  count: z.number().int(),
  oldestMinutes: z.number(),
});
export type StillAtLevelRow = z.infer<typeof StillAtLevelRowSchema>;

export const TimeAtLevelReportSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  rows: z.array(TimeAtLevelRowSchema),
  stillAtLevel: z.array(StillAtLevelRowSchema),
});
export type TimeAtLevelReport = z.infer<typeof TimeAtLevelReportSchema>;

/** Escalations opened within the range (whole UTC days); each list filter keeps only the values given. */
const openedRangeFields = {
  from: z.iso.date(),
  to: z.iso.date(),
  severity: listParam(SeveritySchema).optional(),
  /** The team the escalation is with now. */
  teamId: listParam(z.uuid()).optional(),
  category: listParam(z.string().min(1).max(100)).optional(),
  affectedService: listParam(z.string().min(1).max(100)).optional(),
};
const fromNotAfterTo = (q: { from: string; to: string }) => q.from <= q.to;
const FROM_AFTER_TO = { message: '`from` must not be after `to`', path: ['from'] };

export const OpenedRangeQuerySchema = z.object(openedRangeFields).refine(fromNotAfterTo, FROM_AFTER_TO);
export type OpenedRangeQuery = z.infer<typeof OpenedRangeQuerySchema>;

export const SurvivalPointSchema = z.object({
  /** Wall-clock minutes since the escalation was opened. */
  minutes: z.number(),
  /** Share still unresolved just after `minutes` (Kaplan-Meier). */
  survival: z.number(),
  atRisk: z.number().int(),
  resolved: z.number().int(),
  censored: z.number().int(),
});
export type SurvivalPoint = z.infer<typeof SurvivalPointSchema>;

/** Time to resolution for one severity: open escalations count as censored, never as resolved at their age. */
export const SurvivalSeriesSchema = z.object({
  severity: SeveritySchema,
  escalations: z.number().int(),
  resolved: z.number().int(),
  stillOpen: z.number().int(),
  /** Read off the curve; null when too many are still open to tell. */
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
  points: z.array(SurvivalPointSchema),
});
export type SurvivalSeries = z.infer<typeof SurvivalSeriesSchema>;

export const SurvivalReportSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  series: z.array(SurvivalSeriesSchema),
});
export type SurvivalReport = z.infer<typeof SurvivalReportSchema>;

export const LevelReachedSchema = z.object({
  level: z.number().int(),
  levelName: z.string(),
  /** Escalations that spent time at this level. */
  reached: z.number().int(),
  share: z.number(),
});

export const LevelTransitionSchema = z.object({
  fromLevel: z.number().int(),
  toLevel: z.number().int(),
  count: z.number().int(),
  /** Median time at `fromLevel` before the move, paused time excluded. */
  medianDwellMinutes: z.number(),
});

/** How escalations opened in the range moved through the ladder. */
export const FlowReportSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  escalations: z.number().int(),
  resolved: z.number().int(),
  /** Share of the resolved that were never escalated; null when none is resolved. */
  firstLevelResolutionRate: z.number().nullable(),
  /** Mean minutes from opening to first acknowledgement, over those acknowledged. */
  mttaMinutes: z.number().nullable(),
  /** Mean minutes from opening to resolution, over those resolved. */
  mttrMinutes: z.number().nullable(),
  levels: z.array(LevelReachedSchema),
  transitions: z.array(LevelTransitionSchema),
});
export type FlowReport = z.infer<typeof FlowReportSchema>;

/** Arrivals by hour of the week are counted in `timeZone` (an IANA name, default UTC); days are UTC days. */
export const LoadQuerySchema = z
  .object({
    ...openedRangeFields,
    timeZone: z
      .string()
      .refine(isKnownTimeZone, { error: (issue) => `unknown IANA time zone "${String(issue.input)}"` })
      .default('UTC'),
  })
  .refine(fromNotAfterTo, FROM_AFTER_TO);
export type LoadQuery = z.infer<typeof LoadQuerySchema>;

export const TeamLoadSchema = z.object({
  teamId: z.uuid(),
  teamName: z.string(),
  level: z.number().int(),
  /** Escalations with the team now, not resolved or closed. */
  open: z.number().int(),
  /** Staffed agents. */
  capacity: z.number().int(),
  /** Open escalations per staffed agent; null for a team with no capacity set. */
  openPerAgent: z.number().nullable(),
});

export const LoadReportSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  timeZone: z.string(),
  /** All 168 hours of the week, Monday 00:00 first. */
  byHourOfWeek: z.array(z.object({ weekday: WeekdaySchema, hour: z.number().int(), count: z.number().int() })),
  /** Every day of the range. */
  byDay: z.array(z.object({ date: z.iso.date(), count: z.number().int() })),
  teams: z.array(TeamLoadSchema),
});
export type LoadReport = z.infer<typeof LoadReportSchema>;
