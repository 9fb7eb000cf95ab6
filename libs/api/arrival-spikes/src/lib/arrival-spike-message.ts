import { escapeHtml } from '@ladder/api/notifications';
import type { ArrivalSpikeDimension } from '@ladder/contracts';
import { arrivalSpikeSubject, arrivalSpikeText, type ArrivalBaseline } from '@ladder/domain';

/** Where a spike notification leads: the queue, newest first. */
export const QUEUE_PATH = '/escalations?sort=-created';

export interface ArrivalSpikeMessage {
  subject: string;
  /** The in-app body: the spike in one sentence. */
  inAppBody: string;
  emailText: string;
  emailHtml: string;
}

/** What managers are told of a spike, in-app and by email (the email with a link to the queue). */
export function arrivalSpikeMessage(
  dimension: ArrivalSpikeDimension,
  value: string,
  observed: number,
  baseline: Pick<ArrivalBaseline, 'mean' | 'weeks'>,
  queueUrl: string,
): ArrivalSpikeMessage {
  const sentence = arrivalSpikeText(dimension, value, observed, baseline);
  const label = 'Open the queue';
  return {
    subject: `Arrival spike: ${arrivalSpikeSubject(dimension, value)}`,
    inAppBody: sentence,
    emailText: `${sentence}\n\n${label}: ${queueUrl}\n`,
    emailHtml: [
      '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#222;max-width:640px">',
      `<p>${escapeHtml(sentence)}</p>`,
      `<p><a href="${escapeHtml(queueUrl)}">${label}</a></p>`,
      '</body></html>',
    ].join('\n'),
  };
}
