import type { AlertOutcome } from '@ladder/contracts';
import type { IncomingAlert } from './payloads/incoming-alert';

/** The alert behind an open escalation, as a delivery changes it in memory before writing it back once. */
export interface OpenAlertState {
  id: string;
  escalationId: string;
  escalationNumber: number;
  status: 'firing' | 'resolved';
  /** Firings this delivery adds. */
  fired: number;
  /** Whether this delivery changed it, so it is written back. */
  changed: boolean;
  resolvedAt: Date | null;
  /** The latest firing's labels, annotations and links; null when this delivery brought no firing. */
  latest: IncomingAlert | null;
}

export type AlertEventType = 'alert-resolved' | 'alert-refired';

/** What one new notification does to its key's open alert (or its absence); mutates `open` accordingly. */
export function applyNotification(
  open: OpenAlertState | undefined,
  alert: IncomingAlert,
  now: Date,
): { outcome: AlertOutcome | 'open'; event?: AlertEventType } {
  if (alert.status === 'resolved') {
    if (!open || open.status === 'resolved') return { outcome: 'unchanged' };
    open.status = 'resolved';
    open.resolvedAt = now;
    open.changed = true;
    return { outcome: 'resolved', event: 'alert-resolved' };
  }
  if (!open) return { outcome: 'open' };
  const refired = open.status === 'resolved';
  open.status = 'firing';
  open.resolvedAt = null;
  open.fired += 1;
  open.latest = alert;
  open.changed = true;
  return refired ? { outcome: 'repeat', event: 'alert-refired' } : { outcome: 'repeat' };
}
