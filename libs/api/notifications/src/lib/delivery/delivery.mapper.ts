import type { Delivery, DeliveryStatus, NotificationChannel } from '@ladder/contracts';

export interface DeliveryRow {
  id: string;
  escalation_id: string | null;
  channel: NotificationChannel;
  recipient: string;
  subject: string;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  next_attempt_at: Date;
  sent_at: Date | null;
  /** The attempts, oldest first, as json_agg gives them (timestamps as text). */
  history: { at: string; ok: boolean; error: string | null }[];
}

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    escalationId: row.escalation_id,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    nextAttemptAt: row.next_attempt_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    history: row.history.map((a) => ({ at: new Date(a.at).toISOString(), ok: a.ok, error: a.error })),
  };
}
