import type { GenericAlert, GenericPayload } from '@ladder/contracts';
import { describeAlert, sha256, type IncomingAlert } from './incoming-alert';

/**
 * The generic format: the sender names the dedup key. Its occurrence is the key, the status and `occurredAt`; an
 * alert sent without `occurredAt` is told apart by its whole content, so sending the same body again is a no-op.
 */
export function fromGeneric(payload: GenericPayload): IncomingAlert[] {
  const alerts: GenericAlert[] = 'alerts' in payload ? payload.alerts : [payload];
  return alerts.map((alert) => ({
    dedupKey: alert.dedupKey,
    status: alert.status,
    title: alert.title,
    description: describeAlert(alert.description ?? '', alert.labels),
    labels: alert.labels,
    annotations: alert.description ? { description: alert.description } : ({} as Record<string, string>),
    links: alert.links,
    occurrence: sha256(
      [alert.dedupKey, alert.status, alert.occurredAt ?? `content:${sha256(JSON.stringify(alert))}`].join('|'),
    ),
  }));
}
