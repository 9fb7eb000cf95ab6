import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type { Delivery, DeliveryList, DeliveryListQuery } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { toDelivery, type DeliveryRow } from './delivery.mapper';

export const DELIVERY_PAGE_SIZE = 50;

const DELIVERY_SELECT = `
  SELECT n.id, n.escalation_id, n.channel, n.recipient, n.subject, n.status, n.attempts, n.last_error, n.created_at,
         n.next_attempt_at, n.sent_at,
         coalesce((SELECT json_agg(json_build_object('at', a.at, 'ok', a.ok, 'error', a.error) ORDER BY a.at, a.id)
                     FROM notification_attempt a WHERE a.notification_id = n.id), '[]') AS history
    FROM notification n`;

/** The outbox as admins see it (emails and webhooks), and the retry of a parked delivery. */
@Injectable()
export class DeliveriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(query: DeliveryListQuery): Promise<DeliveryList> {
    const params = [query.status ?? null, DELIVERY_PAGE_SIZE, (query.page - 1) * DELIVERY_PAGE_SIZE];
    const where = `n.channel <> 'in-app' AND ($1::text IS NULL OR n.status = $1)`;
    const [rows, [count]] = await Promise.all([
      this.dataSource.query<DeliveryRow[]>(
        `${DELIVERY_SELECT} WHERE ${where} ORDER BY n.created_at DESC, n.id LIMIT $2 OFFSET $3`,
        params,
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM notification n WHERE ${where}`,
        params.slice(0, 1),
      ),
    ]);
    return { items: rows.map(toDelivery), total: count?.total ?? 0 };
  }

  /**
   * Puts a parked delivery back in the queue, due now, with a fresh set of attempts. One transaction keeps the row
   * locked until it has been read back, so the dispatcher's SKIP LOCKED claim cannot slip in between.
   */
  retry(id: string): Promise<Delivery> {
    return this.dataSource.transaction(async (manager) => {
      const [, affected] = await manager.query<[unknown, number]>(
        `UPDATE notification SET status = 'pending', attempts = 0, next_attempt_at = $2
          WHERE id = $1 AND channel <> 'in-app' AND status = 'failed'`,
        [id, this.clock.now()],
      );
      const [row] = await manager.query<DeliveryRow[]>(`${DELIVERY_SELECT} WHERE n.id = $1 AND n.channel <> 'in-app'`, [
        id,
      ]);
      if (!row) throw new DomainException('not_found', `Delivery ${id} does not exist`);
      if (affected === 0)
        throw new DomainException('illegal_transition', `Delivery ${id} is ${row.status}, not failed`);
      return toDelivery(row);
    });
  }
}
