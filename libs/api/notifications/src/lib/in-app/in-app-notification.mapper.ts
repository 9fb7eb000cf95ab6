import type { InAppNotification } from '@ladder/contracts';

export interface InAppRow {
  id: string;
  user_id: string;
  escalation_id: string | null;
  subject: string;
  body_text: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

export const IN_APP_COLUMNS = 'id, user_id, escalation_id, subject, body_text, link, created_at, read_at';

export function toInAppNotification(row: InAppRow): InAppNotification {
  return {
    id: row.id,
    escalationId: row.escalation_id,
    subject: row.subject,
    body: row.body_text,
    link: row.link,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}
