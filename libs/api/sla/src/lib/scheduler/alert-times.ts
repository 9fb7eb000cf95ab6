import type { EntityManager } from 'typeorm';

interface AlertRow {
  affected_service: string;
  received_at: Date;
}

/**
 * When firing alert notifications arrived for each of the services over the `minutes` up to `now`, oldest first,
 * in one query (served by the partial index on affected service and time of the firing ones).
 */
export async function loadAlertTimes(
  m: EntityManager,
  services: readonly string[],
  minutes: number,
  now: Date,
): Promise<Map<string, Date[]>> {
  const rows: AlertRow[] = await m.query(
    `SELECT affected_service, received_at FROM alert_notification
      WHERE status = 'firing' AND affected_service = ANY ($1::text[]) AND received_at > $2 AND received_at <= $3
      ORDER BY affected_service, received_at`,
    [services, new Date(now.getTime() - minutes * 60_000), now],
  );
  const byService = new Map<string, Date[]>();
  for (const row of rows) {
    const times = byService.get(row.affected_service) ?? [];
    times.push(row.received_at);
    byService.set(row.affected_service, times);
  }
  return byService;
}
