import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ClaimedDelivery } from './outbox-row';

/** How long a claimed row stays invisible to other claims: longer than any attempt's timeouts. */
export const CLAIM_LEASE_MS = 120_000;

/** Claims and settles outbox rows; every statement is one round trip and safe with several instances. */
@Injectable()
export class OutboxStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims due rows for this instance: SKIP LOCKED keeps two instances off the same row, and the lease (moving
   * next_attempt_at ahead) keeps it claimed after the statement commits, until the attempt settles it.
   */
  async claim(now: Date, limit: number): Promise<ClaimedDelivery[]> {
    // pg answers an UPDATE with [rows, count].
    const [rows] = await this.dataSource.query<[ClaimedDelivery[], number]>(
      `UPDATE notification n
          SET attempts = n.attempts + 1, next_attempt_at = $1::timestamptz + $2 * interval '1 millisecond'
        WHERE n.id IN (SELECT id FROM notification
                        WHERE status = 'pending' AND next_attempt_at <= $1
                        ORDER BY next_attempt_at LIMIT $3
                          FOR UPDATE SKIP LOCKED)
       RETURNING n.id, n.channel, n.recipient, n.recipient_name, n.subject, n.body_text, n.body_html, n.link,
                 n.link_key, n.attempts`,
      [now, CLAIM_LEASE_MS, limit],
    );
    return rows;
  }

  async sent(id: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `WITH attempt AS (INSERT INTO notification_attempt (notification_id, at, ok) VALUES ($1, $2, true))
       UPDATE notification SET status = 'sent', sent_at = $2, last_error = NULL WHERE id = $1`,
      [id, at],
    );
  }

  /** Records the failure; the row waits until `retryAt`, or is parked as failed when it was the last try. */
  async failed(id: string, at: Date, error: string, retryAt: Date, last: boolean): Promise<void> {
    await this.dataSource.query(
      `WITH attempt AS (INSERT INTO notification_attempt (notification_id, at, ok, error) VALUES ($1, $2, false, $3))
       UPDATE notification SET status = $5, next_attempt_at = $4, last_error = $3 WHERE id = $1`,
      [id, at, error, retryAt, last ? 'failed' : 'pending'],
    );
  }
}
