import { z } from 'zod';
import { WeekdaySchema } from './calendar';
import { isKnownTimeZone, TIME_AT_LEVEL_GROUPS } from './values';
import { SeveritySchema } from './enums';
import { listParam } from './query';

/** The longest range a report covers: two years, the history the read models keep (a longer one is a 400). */
export const MAX_REPORT_DAYS = 731;
const DAY_MS = 86_400_000;

/**
 * The filters every report takes. Dates are whole UTC days, `to` inclusive; each list keeps only the values given.
 * Reports on stints (time at level, bottlenecks) read `teamId` and `level` as the stint's; reports on escalations
 * read `teamId` as the team the escalation is with now and `level` as a level it reached.
 */
export const reportFilterFields = {
  from: z.iso.date(),
  to: z.iso.date(),
  severity: listParam(SeveritySchema).optional(),
  teamId: listParam(z.uuid()).optional(),
  category: listParam(z.string().min(1).max(100)).optional(),
  affectedService: listParam(z.string().min(1).max(100)).optional(),
  level: listParam(z.coerce.number().int().min(1).max(20)).optional(),
  procedureVersionId: listParam(z.uuid()).optional(),
};

// The object's own fields are generic, so TypeScript cannot see that `from` and `to` are still strings.
const rangeOf = (query: unknown) => query as { from: string; to: string };

/** The shared filters plus a report's own, with the range checks every report makes. */
export function reportQuery<S extends z.ZodRawShape>(own: S) {
  return z
    .object({ ...reportFilterFields, ...own })
    .refine((q) => rangeOf(q).from <= rangeOf(q).to, { message: '`from` must not be after `to`', path: ['from'] })
    .refine((q) => Date.parse(rangeOf(q).to) - Date.parse(rangeOf(q).from) < MAX_REPORT_DAYS * DAY_MS, {
      message: `a range covers at most ${MAX_REPORT_DAYS} days`,
      path: ['to'],
    });
}

export const ReportQuerySchema = reportQuery({});
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

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
  /** Read off the whole curve; null when too many are still open to tell. */
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
  /**
   * The curve where it falls by 0.1 percentage point or more since the point before (steps in between merged into
   * the next point: their resolved and censored summed, `atRisk` as the first of them had it), and its last step.
   */
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

/** Counts and means over the escalations opened in a range. */
export const FlowFiguresSchema = z.object({
  escalations: z.number().int(),
  resolved: z.number().int(),
  /** Share of the resolved that were never escalated; null when none is resolved. */
  firstLevelResolutionRate: z.number().nullable(),
  /** Mean minutes from opening to first acknowledgement, over those acknowledged; null when none is. */
  mttaMinutes: z.number().nullable(),
  /** Mean minutes from opening to resolution, over those resolved; null when none is. */
  mttrMinutes: z.number().nullable(),
});
export type FlowFigures = z.infer<typeof FlowFiguresSchema>;

/** How escalations opened in the range moved through the ladder. */
export const FlowReportSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  ...FlowFiguresSchema.shape,
  levels: z.array(LevelReachedSchema),
  transitions: z.array(LevelTransitionSchema),
});
export type FlowReport = z.infer<typeof FlowReportSchema>;

/** Arrivals by hour of the week are counted in `timeZone` (an IANA name, default UTC); days are UTC days. */
export const LoadQuerySchema = reportQuery({
  timeZone: z
    .string()
    .refine(isKnownTimeZone, { error: (issue) => `unknown IANA time zone "${String(issue.input)}"` })
    .default('UTC'),
});
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

/**
 * `exact=true`: percentiles computed from every stay instead of read off the daily rollup's histograms (on real data
 * within about 1 %, at most a bucket's 20 %); slower. With category or service filters they are always exact.
 */
export const exactPercentiles = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .default(false);

export const TimeAtLevelQuerySchema = reportQuery({
  /** What splits each level's rows: the stay's team, or the escalation's category, severity or procedure version. */
  groupBy: z.enum(TIME_AT_LEVEL_GROUPS).default('team'),
  exact: exactPercentiles,
});
export type TimeAtLevelQuery = z.infer<typeof TimeAtLevelQuerySchema>;

/** A box plot's figures among them: box p25..p75, median p50, whiskers p10..p90. */
export const DurationStatsSchema = z.object({
  meanMinutes: z.number(),
  p10Minutes: z.number(),
  p25Minutes: z.number(),
  p50Minutes: z.number(),
  p75Minutes: z.number(),
  p90Minutes: z.number(),
  p95Minutes: z.number(),
});
export type DurationStats = z.infer<typeof DurationStatsSchema>;

/**
 * A stay at a level, split: `waiting` from arriving at the level to its first response there (the whole stay when
 * nobody responded), `handling` the rest; paused time (status waiting) counts in neither.
 */
export const StaySplitSchema = z.object({
  total: DurationStatsSchema,
  waiting: DurationStatsSchema,
  handling: DurationStatsSchema,
});
export type StaySplit = z.infer<typeof StaySplitSchema>;

/** Stays that left their level within the range, per level x group. */
export const TimeAtLevelRowSchema = z.object({
  level: z.number().int(),
  levelName: z.string(),
  /** The team id, category, severity or procedure version id, after `groupBy`. */
  groupKey: z.string(),
  groupLabel: z.string(),
  count: z.number().int(),
  wallClock: StaySplitSchema,
  /** Counted on the escalation's SLA calendar, the time level budgets are counted in. */
  businessHours: StaySplitSchema,
});
export type TimeAtLevelRow = z.infer<typeof TimeAtLevelRowSchema>;

/** Stays not finished now: censored, so counted and aged, never averaged as finished. */
export const StillAtLevelRowSchema = z.object({
  level: z.number().int(),
  levelName: z.string(),
  groupKey: z.string(),
  groupLabel: z.string(),
  count: z.number().int(),
  oldestMinutes: z.number(),
});
export type StillAtLevelRow = z.infer<typeof StillAtLevelRowSchema>;

export const TimeAtLevelReportSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  groupBy: z.enum(TIME_AT_LEVEL_GROUPS),
  /** How the percentiles were computed: from every stay, or read off the daily rollup. Counts and means are exact. */
  percentiles: z.enum(['exact', 'histogram']),
  rows: z.array(TimeAtLevelRowSchema),
  stillAtLevel: z.array(StillAtLevelRowSchema),
});
export type TimeAtLevelReport = z.infer<typeof TimeAtLevelReportSchema>;
