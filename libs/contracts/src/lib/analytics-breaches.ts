import { z } from 'zod';
import { reportQuery } from './analytics';
import { SeveritySchema } from './enums';
import { BREACH_BUCKETS, BREACH_KINDS } from './values';

export const SlaBreachesQuerySchema = reportQuery({ bucket: z.enum(BREACH_BUCKETS).default('week') });
export type SlaBreachesQuery = z.infer<typeof SlaBreachesQuerySchema>;

export const BreachKindSchema = z.enum(BREACH_KINDS);
export type BreachKind = z.infer<typeof BreachKindSchema>;

/** How many of the escalations breached one kind of target. */
export const BreachTallySchema = z.object({
  count: z.number().int(),
  /** `count` / escalations; null when there are no escalations (the totals of an empty report). */
  rate: z.number().nullable(),
});
export type BreachTally = z.infer<typeof BreachTallySchema>;

/** Escalations and their breaches of each kind (an escalation counts once per kind, in any number of kinds). */
export const BreachCountsSchema = z.object({
  escalations: z.number().int(),
  response: BreachTallySchema,
  resolution: BreachTallySchema,
  levelBudget: BreachTallySchema,
  updateCadence: BreachTallySchema,
});
export type BreachCounts = z.infer<typeof BreachCountsSchema>;

/** One cell: escalations opened in the bucket, of the severity, with the team now. */
export const SlaBreachRowSchema = BreachCountsSchema.extend({
  /** First day of the bucket (a Monday for weeks, the 1st for months), UTC. */
  bucketStart: z.iso.date(),
  severity: SeveritySchema,
  /** The team the escalation is with now. */
  teamId: z.uuid(),
  teamName: z.string(),
});
export type SlaBreachRow = z.infer<typeof SlaBreachRowSchema>;

/** The level that took most of the time of resolution-breached escalations (drill-down basis `breach-time`). */
export const BreachTimeAtLevelSchema = z.object({
  level: z.number().int(),
  levelName: z.string(),
  /** Resolution-breached escalations that spent more time at this level than at any other. */
  escalations: z.number().int(),
  /** The hours those escalations spent at this level (SLA calendar, pauses excluded). */
  hours: z.number(),
});
export type BreachTimeAtLevel = z.infer<typeof BreachTimeAtLevelSchema>;

/** SLA breaches of the escalations opened in the range that the filters keep; `to` is inclusive. */
export const SlaBreachesReportSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  bucket: z.enum(BREACH_BUCKETS),
  /** Only cells with escalations, by bucket, severity, team name. */
  series: z.array(SlaBreachRowSchema),
  totals: BreachCountsSchema,
  /** Where breached escalations spent their time, by level. */
  whereBreachedTimeWent: z.array(BreachTimeAtLevelSchema),
});
export type SlaBreachesReport = z.infer<typeof SlaBreachesReportSchema>;
