import { formatDate } from '@angular/common';
import type { EscalationAlert, Status } from '@ladder/contracts';
import { allowedActions } from '@ladder/domain';
import type { NamedValue } from '../shared/alert-labels';

/** The annotations an alert is read by, and the rest by name. */
export interface AlertAnnotations {
  summary: string | null;
  description: string | null;
  others: NamedValue[];
}

const PROMINENT = new Set(['summary', 'description']);

export function alertAnnotations(annotations: Readonly<Record<string, string>>): AlertAnnotations {
  return {
    summary: annotations['summary'] || null,
    description: annotations['description'] || null,
    others: Object.entries(annotations)
      .filter(([name]) => !PROMINENT.has(name))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => ({ name, value })),
  };
}

/** The alert's rule name (Prometheus' `alertname` label), else its dedup key. */
export const alertName = (alert: Pick<EscalationAlert, 'labels' | 'dedupKey'>) =>
  alert.labels['alertname'] || alert.dedupKey;

/** "Fired once", "Fired 3 times". */
export const firedText = (fireCount: number) => (fireCount === 1 ? 'Fired once' : `Fired ${fireCount} times`);

/** Monitoring proposes resolving, and the escalation can still be resolved. */
export const proposesResolution = (alert: Pick<EscalationAlert, 'proposeResolution'>, status: Status) =>
  alert.proposeResolution && allowedActions(status).includes('resolve');

/** How the panel shows an alert's times: "Nov 27, 10:40". */
export const ALERT_TIME_FORMAT = 'MMM d, HH:mm';

/** An alert's time as the panel shows it; `timezone` as the date pipe takes it, local when absent. */
export const alertTime = (at: string, timezone?: string) => formatDate(at, ALERT_TIME_FORMAT, 'en-US', timezone);

/** "Alert HighErrorRate resolved at Nov 27, 10:40 (reported by Prometheus prod)": the resolution summary offered. */
export function alertResolvedSummary(
  alert: Pick<EscalationAlert, 'labels' | 'dedupKey' | 'resolvedAt' | 'integrationName'>,
  timezone?: string,
): string {
  const at = alert.resolvedAt ? ` at ${alertTime(alert.resolvedAt, timezone)}` : '';
  return `Alert ${alertName(alert)} resolved${at} (reported by ${alert.integrationName})`;
}
