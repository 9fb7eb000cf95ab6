import { z } from 'zod';
import { MAX_REPORT_DAYS } from './analytics';

const DAY_MS = 86_400_000;

/** What arrivals are counted by: the escalation's category or its affected service. */
export const ArrivalSpikeDimensionSchema = z.enum(['category', 'affectedService']);
export type ArrivalSpikeDimension = z.infer<typeof ArrivalSpikeDimensionSchema>;

/**
 * Arrivals of one category or service in the last hour well above the same hour of the week before: recorded (and
 * told to every manager) at most once per clock hour (UTC) for each category or service.
 */
export const ArrivalSpikeSchema = z.object({
  id: z.uuid(),
  dimension: ArrivalSpikeDimensionSchema,
  /** The category or the service name. */
  value: z.string(),
  /** The hour counted: escalations opened after `windowStart`, up to and including `windowEnd`. */
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  observed: z.number().int().min(0),
  /** Mean and sample standard deviation of the same hour in the earlier weeks with history. */
  baselineMean: z.number().min(0),
  baselineStdDev: z.number().min(0),
  baselineWeeks: z.number().int().min(1),
  notifiedAt: z.iso.datetime(),
});
export type ArrivalSpike = z.infer<typeof ArrivalSpikeSchema>;

/** Spikes whose hour ended within the whole UTC days `from`..`to` (inclusive). */
export const ArrivalSpikeQuerySchema = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['from'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) < MAX_REPORT_DAYS * DAY_MS, {
    message: `a range covers at most ${MAX_REPORT_DAYS} days`,
    path: ['to'],
  });
export type ArrivalSpikeQuery = z.infer<typeof ArrivalSpikeQuerySchema>;

/** Newest first. */
export const ArrivalSpikeListSchema = z.object({ items: z.array(ArrivalSpikeSchema) });
export type ArrivalSpikeList = z.infer<typeof ArrivalSpikeListSchema>;
