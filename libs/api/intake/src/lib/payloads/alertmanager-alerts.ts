import type { AlertmanagerPayload, GrafanaPayload } from '@ladder/contracts';
import { describeAlert, labelSetKey, sha256, type IncomingAlert } from './incoming-alert';

type AlertmanagerAlert = AlertmanagerPayload['alerts'][number];
type GrafanaAlert = GrafanaPayload['alerts'][number];

/** The link-valued fields of Grafana's alerts, in the order they are shown. */
const GRAFANA_LINKS = [
  ['dashboardURL', 'Dashboard'],
  ['panelURL', 'Panel'],
  ['silenceURL', 'Silence'],
] as const;

/**
 * Alertmanager's and Grafana's alerts: the fingerprint (else the label set) is the dedup key. A firing alert's
 * occurrence is its start, since Alertmanager moves `endsAt` forward on every repeat of the same firing; a resolved
 * one adds its end.
 */
export function fromAlertmanager(payload: AlertmanagerPayload | GrafanaPayload): IncomingAlert[] {
  return payload.alerts.map((alert) => {
    const dedupKey = alert.fingerprint ?? labelSetKey(alert.labels);
    const { summary, description } = alert.annotations;
    const occurrence = sha256(
      [dedupKey, alert.status, alert.startsAt, alert.status === 'resolved' ? (alert.endsAt ?? '') : ''].join('|'),
    );
    return {
      dedupKey,
      status: alert.status,
      title: (summary ?? alert.labels['alertname'] ?? 'Alert from monitoring').slice(0, 200),
      description: describeAlert(
        description ?? ('valueString' in alert ? (alert.valueString ?? '') : ''),
        alert.labels,
      ),
      labels: alert.labels,
      annotations: alert.annotations,
      links: linksOf(alert),
      occurrence,
    };
  });
}

function linksOf(alert: AlertmanagerAlert | GrafanaAlert): { title: string; url: string }[] {
  const links: { title: string; url: string }[] = [];
  if (alert.generatorURL) links.push({ title: 'Source', url: alert.generatorURL });
  const runbook = alert.annotations['runbook_url'];
  if (runbook) links.push({ title: 'Runbook', url: runbook });
  for (const [field, title] of GRAFANA_LINKS) {
    const url = field in alert ? (alert as GrafanaAlert)[field] : undefined;
    if (url) links.push({ title, url });
  }
  return links;
}
