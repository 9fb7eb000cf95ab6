import { z } from 'zod';
import { WeekdaySchema } from './calendar';
import { BREACH_KINDS, isKnownTimeZone } from './values';
import { SeveritySchema, StatusSchema } from './enums';
import { PageQuerySchema } from './query';
import { reportQuery } from './analytics';
import { BreachKindSchema } from './analytics-breaches';

/**
 * What a report cell counts, so the drill-down can list the escalations behind it:
 * - `opened`: escalations opened in the range (flow, load, survival); narrowed by `weekday` + `hour` (in `timeZone`)
 *   for a cell of arrivals by hour of week;
 * - `stints`: stays that left their level in the range (time at level), one item per stay;
 * - `still-at-level`: stays not finished now, with their age;
 * - `transitions`: moves from `fromLevel` to `toLevel` of escalations opened in the range;
 * - `breaches`: escalations opened in the range that breached the target `kind` names (required, one of
 *   `BREACH_KINDS`), with the minutes they ran over it;
 * - `breach-time`: resolution-breached escalations opened in the range, with the level that took most of their time
 *   and the minutes there; narrowed to one such level by `atLevel`;
 * - `over-budget`: stays that left their level in the range past their budget, with the minutes past it (bottlenecks);
 * - `ping-pong`: escalations escalated again in the range after being sent back, narrowed to those sent back from
 *   `fromLevel` to `toLevel`;
 * - `skipped-levels`: moves up from `fromLevel` to `toLevel` past a level in the range, one item per move;
 * - `stuck`: stays open now for longer than the p90 of their level in the range, with their age.
 */
export const DRILL_BASES = [
  'opened',
  'stints',
  'still-at-level',
  'transitions',
  'breaches',
  'breach-time',
  'over-budget',
  'ping-pong',
  'skipped-levels',
  'stuck',
] as const;
export const DrillBasisSchema = z.enum(DRILL_BASES);
export type DrillBasis = z.infer<typeof DrillBasisSchema>;

const level = z.coerce.number().int().min(1).max(20);

export const DrillDownQuerySchema = reportQuery({
  basis: DrillBasisSchema,
  fromLevel: level.optional(),
  toLevel: level.optional(),
  atLevel: level.optional(),
  weekday: WeekdaySchema.optional(),
  hour: z.coerce.number().int().min(0).max(23).optional(),
  timeZone: z
    .string()
    .refine(isKnownTimeZone, { error: (issue) => `unknown IANA time zone "${String(issue.input)}"` })
    .default('UTC'),
  /** A narrower kind within the basis, where the basis has kinds (a breach kind, say). */
  kind: z.string().min(1).max(40).optional(),
  ...PageQuerySchema.shape,
}).refine((q) => q.basis !== 'breaches' || BreachKindSchema.safeParse(q.kind).success, {
  message: `the breaches basis needs a kind: one of ${BREACH_KINDS.join(', ')}`,
  path: ['kind'],
});
export type DrillDownQuery = z.infer<typeof DrillDownQuerySchema>;

/** One escalation behind the number, with what the cell measured of it. */
export const DrillDownItemSchema = z.object({
  escalationId: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  severity: SeveritySchema,
  status: StatusSchema,
  category: z.string(),
  affectedService: z.string(),
  /** The level and team the cell is about (the stay's for stints), else where the escalation is now. */
  level: z.number().int(),
  teamName: z.string(),
  openedAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
  /** The duration the cell measured (a stay, an age, a time to resolution), when it measures one. */
  minutes: z.number().nullable(),
});
export type DrillDownItem = z.infer<typeof DrillDownItemSchema>;

export const DrillDownPageSchema = z.object({
  basis: DrillBasisSchema,
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(DrillDownItemSchema),
});
export type DrillDownPage = z.infer<typeof DrillDownPageSchema>;
