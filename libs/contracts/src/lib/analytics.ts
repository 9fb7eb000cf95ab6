import { z } from 'zod';

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
