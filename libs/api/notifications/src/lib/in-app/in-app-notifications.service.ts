import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type { InAppNotificationList, InAppNotificationQuery } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { IN_APP_COLUMNS, toInAppNotification, type InAppRow } from './in-app-notification.mapper';

/** The signed-in user's own in-app notifications. */
@Injectable()
export class InAppNotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(userId: string, query: InAppNotificationQuery): Promise<InAppNotificationList> {
    const [items, [counts]] = await Promise.all([
      this.dataSource.query<InAppRow[]>(
        `SELECT ${IN_APP_COLUMNS} FROM notification
          WHERE user_id = $1 AND channel = 'in-app' ORDER BY created_at DESC, id LIMIT $2`,
        [userId, query.limit],
      ),
      this.dataSource.query<{ unread: number }[]>(
        `SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND channel = 'in-app' AND read_at IS NULL`,
        [userId],
      ),
    ]);
    return { items: items.map(toInAppNotification), unread: counts?.unread ?? 0 };
  }

  /** Marks one of the user's notifications read; someone else's is as unknown as a missing one. */
  async markRead(userId: string, id: string): Promise<void> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      `UPDATE notification SET read_at = coalesce(read_at, $3) WHERE id = $1 AND user_id = $2 AND channel = 'in-app'`,
      [id, userId, this.clock.now()],
    );
    if (affected === 0) throw new DomainException('not_found', `Notification ${id} does not exist`);
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification SET read_at = $2 WHERE user_id = $1 AND channel = 'in-app' AND read_at IS NULL`,
      [userId, this.clock.now()],
    );
  }
}
