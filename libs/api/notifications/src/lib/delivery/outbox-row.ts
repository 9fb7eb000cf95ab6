import type { NotificationChannel } from '@ladder/contracts';

/** An email or webhook claimed from the outbox for one delivery attempt. */
export interface ClaimedDelivery {
  id: string;
  channel: Exclude<NotificationChannel, 'in-app'>;
  recipient: string;
  recipient_name: string | null;
  subject: string;
  body_text: string;
  body_html: string | null;
  link: string | null;
  /** What the email's secret link token is derived from at send time (`{{link_token}}` in its texts). */
  link_key: string | null;
  /** Including the attempt just claimed. */
  attempts: number;
}
