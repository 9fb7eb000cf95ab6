import { z } from 'zod';

/**
 * One way a published version got worse than in its first weeks.
 * - `resolution-breach-rate`: `baseline` / `current` are shares of escalations that breached their resolution
 *   target (0..1), `change` is the rise in percentage points, the counts are escalations.
 * - `level-p90`: the 90th percentile of time at `level` in seconds (business time, finished stays), `change` is the
 *   rise in percent of the baseline, the counts are stays at the level.
 */
export const ProcedureDriftFindingSchema = z.object({
  measure: z.enum(['resolution-breach-rate', 'level-p90']),
  /** The level of a `level-p90` finding; null for the breach rate. */
  level: z.number().int().min(1).nullable(),
  baseline: z.number(),
  current: z.number(),
  change: z.number(),
  baselineCount: z.number().int().min(0),
  currentCount: z.number().int().min(0),
});
export type ProcedureDriftFinding = z.infer<typeof ProcedureDriftFindingSchema>;

export const DriftWindowSchema = z.object({ from: z.iso.datetime(), to: z.iso.datetime() });
export type DriftWindow = z.infer<typeof DriftWindowSchema>;

/** Why a version was flagged for early review: its first weeks against its latest weeks. */
export const ProcedureDriftSchema = z.object({
  flaggedAt: z.iso.datetime(),
  baseline: DriftWindowSchema,
  current: DriftWindowSchema,
  findings: z.array(ProcedureDriftFindingSchema).min(1),
});
export type ProcedureDrift = z.infer<typeof ProcedureDriftSchema>;
