import type { ArrivalSpikeDimension } from '@ladder/contracts';
import type { ArrivalBaseline } from '@ladder/domain';
import type { ArrivalWindow } from './arrival-counts';
import type { ArrivalSpikeMessage } from './arrival-spike-message';

/** A spike found in one detection round, with what managers are to be told. */
export interface FoundSpike {
  dimension: ArrivalSpikeDimension;
  value: string;
  observed: number;
  baseline: ArrivalBaseline;
  message: ArrivalSpikeMessage;
}

export interface DetectionWindow extends ArrivalWindow {
  /** The UTC clock hour the window ends in: a spike is recorded and told once per hour. */
  hour: Date;
}

type Query = <T>(sql: string, parameters: unknown[]) => Promise<T>;

/**
 * Records the spikes not recorded yet in this hour and, in the same statement, tells every manager of each: in-app
 * (written as sent, as the fan-out writes in-app rows, so the bell and its stream show it) and by email through the
 * outbox. The unique (dimension, value, hour) makes a later round, on this instance or another, tell nothing again.
 * Returns how many spikes were new.
 */
export async function recordArrivalSpikes(
  query: Query,
  spikes: readonly FoundSpike[],
  window: DetectionWindow,
  link: { path: string; url: string },
): Promise<number> {
  if (spikes.length === 0) return 0;
  const column = <T>(pick: (spike: FoundSpike) => T) => spikes.map(pick);
  const [{ recorded } = { recorded: 0 }] = await query<{ recorded: number }[]>(
    `WITH found AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::float8[], $5::float8[], $6::int[],
                            $7::text[], $8::text[], $9::text[], $10::text[])
           AS f (dimension, value, observed, baseline_mean, baseline_std_dev, baseline_weeks,
                 subject, in_app_body, email_text, email_html)),
     recorded AS (
       INSERT INTO arrival_spike (dimension, value, hour_start, window_start, window_end, observed, baseline_mean,
                                  baseline_std_dev, baseline_weeks, notified_at)
       SELECT dimension, value, $11::timestamptz, $12::timestamptz, $13::timestamptz, observed, baseline_mean,
              baseline_std_dev, baseline_weeks, $13::timestamptz
         FROM found
       ON CONFLICT ON CONSTRAINT uq_arrival_spike_hour DO NOTHING
       RETURNING dimension, value),
     told AS (
       INSERT INTO notification (channel, recipient, recipient_name, user_id, subject, body_text, body_html, link,
                                 status, next_attempt_at, sent_at)
       SELECT c.channel, u.email, u.name, CASE WHEN c.in_app THEN u.id END, f.subject,
              CASE WHEN c.in_app THEN f.in_app_body ELSE f.email_text END,
              CASE WHEN c.in_app THEN NULL ELSE f.email_html END,
              CASE WHEN c.in_app THEN $14::text ELSE $15::text END,
              CASE WHEN c.in_app THEN 'sent' ELSE 'pending' END, $13::timestamptz,
              CASE WHEN c.in_app THEN $13::timestamptz END
         FROM recorded r
         JOIN found f ON f.dimension = r.dimension AND f.value = r.value
        CROSS JOIN (VALUES ('in-app', true), ('email', false)) AS c (channel, in_app)
         JOIN app_user u ON u.role = 'manager')
     SELECT count(*)::int AS recorded FROM recorded`,
    [
      column((s) => s.dimension),
      column((s) => s.value),
      column((s) => s.observed),
      column((s) => s.baseline.mean),
      column((s) => s.baseline.stdDev),
      column((s) => s.baseline.weeks),
      column((s) => s.message.subject),
      column((s) => s.message.inAppBody),
      column((s) => s.message.emailText),
      column((s) => s.message.emailHtml),
      window.hour,
      window.start,
      window.end,
      link.path,
      link.url,
    ],
  );
  return recorded;
}
