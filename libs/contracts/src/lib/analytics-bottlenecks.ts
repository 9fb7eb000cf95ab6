import { z } from 'zod';
import { exactPercentiles, reportQuery } from './analytics';

/**
 * Where the escalation process loses time. Time at a level is counted time: business seconds on the escalation's SLA
 * calendar, pauses excluded (wall-clock until counted). A budget is the level's `budgetMinutes` for the escalation's
 * severity in the procedure version the escalation runs under. Moves (ping-pong, skipped levels) are counted when
 * they happen: the stay that made the move left its level in the range, and `teamId` and `level` are that stay's.
 */
export const BottlenecksQuerySchema = reportQuery({
  /** How many (level, team) pairs the ranking keeps, most hours over budget first. */
  limit: z.coerce.number().int().min(1).max(100).default(10),
  exact: exactPercentiles,
});
export type BottlenecksQuery = z.infer<typeof BottlenecksQuerySchema>;

/**
 * One (level, team) pair over the stays that left the level in the range. Drill-down: `over-budget` for
 * `hoursOverBudget` and `overBudgetStints` (over `previousFrom`..`previousTo` for the previous figure), `stints` for
 * the others, each with this `level` and `teamId`.
 */
export const BottleneckRowSchema = z.object({
  level: z.number().int(),
  levelName: z.string(),
  teamId: z.uuid(),
  teamName: z.string(),
  /** Stays that left the level with this team in the range. */
  stints: z.number().int(),
  /** Of those, the stays whose counted time went past their budget. */
  overBudgetStints: z.number().int(),
  /** Sum over the stays of the counted time past the budget (none when within it), in hours. */
  hoursOverBudget: z.number(),
  /** Sum of the stays' counted time, in hours. */
  totalHours: z.number(),
  /** `totalHours` over the counted hours of every stay the filters keep in the range, ranked or not (0..1). */
  shareOfAllHours: z.number(),
  /** 90th percentile of the stays' counted time, in minutes. */
  p90Minutes: z.number(),
  /** `hoursOverBudget` over the previous period; null when no stay left the level with this team then. */
  previousHoursOverBudget: z.number().nullable(),
  /** `hoursOverBudget` - `previousHoursOverBudget`; null without a previous figure. */
  changeHours: z.number().nullable(),
  /** `changeHours` / `previousHoursOverBudget`; null without a previous figure or when it was 0. */
  changeRatio: z.number().nullable(),
});
export type BottleneckRow = z.infer<typeof BottleneckRowSchema>;

/** Escalations sent back by one level to another and escalated again from there. Drill-down: `ping-pong`. */
export const PingPongPairSchema = z.object({
  /** The level that de-escalated them (the drill-down's `fromLevel`). */
  sentBackFromLevel: z.number().int(),
  /** The level they were sent back to and escalated again from (the drill-down's `toLevel`). */
  sentBackToLevel: z.number().int(),
  /** Distinct escalations escalated again from `sentBackToLevel` in the range after that round trip. */
  escalations: z.number().int(),
});
export type PingPongPair = z.infer<typeof PingPongPairSchema>;

/** Escalations escalated, sent back (de-escalated) and escalated again, counted when escalated again in the range. */
export const PingPongSchema = z.object({
  /** Distinct escalations with at least one such round trip (one may count under several pairs). */
  escalations: z.number().int(),
  pairs: z.array(PingPongPairSchema),
});
export type PingPong = z.infer<typeof PingPongSchema>;

/** Escalations moved up past at least one level, e.g. 1 -> 3. Drill-down: `skipped-levels` with both levels. */
export const SkippedLevelsRowSchema = z.object({
  fromLevel: z.number().int(),
  toLevel: z.number().int(),
  /** Such moves in the range (one escalation may make two). */
  moves: z.number().int(),
});
export type SkippedLevelsRow = z.infer<typeof SkippedLevelsRowSchema>;

/**
 * Escalations at a level now for longer than the p90 of the stays that left that level in the range, whatever their
 * team. Both in wall-clock time, pauses excluded: an open stay has no counted time yet. Drill-down: `stuck`.
 */
export const StuckRowSchema = z.object({
  level: z.number().int(),
  levelName: z.string(),
  teamId: z.uuid(),
  teamName: z.string(),
  /** Escalations stuck at the level with this team now. */
  escalations: z.number().int(),
  /** Age of the longest stay among them, in minutes. */
  oldestMinutes: z.number(),
  /** The level's p90 they are past, in minutes. */
  levelP90Minutes: z.number(),
});
export type StuckRow = z.infer<typeof StuckRowSchema>;

export const BottlenecksReportSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  /** The previous period of the same length, just before `from`, that the change compares with. */
  previousFrom: z.iso.date(),
  previousTo: z.iso.date(),
  /** How the ranking's p90 was computed: from every stay, or read off the daily rollup. The other figures are exact. */
  percentiles: z.enum(['exact', 'histogram']),
  /** At most `limit` pairs, most hours over budget first, then most hours, then level and team name. */
  ranking: z.array(BottleneckRowSchema),
  pingPong: PingPongSchema,
  skippedLevels: z.array(SkippedLevelsRowSchema),
  stuck: z.array(StuckRowSchema),
});
export type BottlenecksReport = z.infer<typeof BottlenecksReportSchema>;
