import { Injectable } from '@nestjs/common';
import type { ClaimedDelivery } from './outbox-row';

export const WEBHOOK_TIMEOUT_MS = 5_000;

/** Slack's mrkdwn treats these three as control characters. */
const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Slack-compatible incoming-webhook body: `text` for any receiver, `blocks` for a richer Slack layout. */
export function webhookPayload(delivery: ClaimedDelivery): { text: string; blocks: object[] } {
  const title = delivery.link ? `<${delivery.link}|${slackEscape(delivery.subject)}>` : slackEscape(delivery.subject);
  return {
    text: `${delivery.subject}\n${delivery.body_text}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${title}*` } },
      { type: 'section', text: { type: 'mrkdwn', text: slackEscape(delivery.body_text) } },
    ],
  };
}

/** POSTs an outbox row to its webhook; the row id is the receiver's idempotency key. Non-2xx is a failure. */
@Injectable()
export class WebhookSender {
  async send(delivery: ClaimedDelivery): Promise<void> {
    const response = await fetch(delivery.recipient, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': delivery.id },
      body: JSON.stringify(webhookPayload(delivery)),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`webhook answered ${response.status} ${response.statusText}`.trim());
  }
}
