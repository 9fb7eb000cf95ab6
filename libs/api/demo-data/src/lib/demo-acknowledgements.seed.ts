import type { SqlQuery } from './sql-query';

const DAY_MS = 86_400_000;

/** Staff who have not read the procedure yet, so the acknowledgement page has someone to remind. */
const NOT_YET_ACKNOWLEDGED = ['hana.sato@ladder.demo', 'tomasz.wojcik@ladder.demo'];

/**
 * The demo's first procedure version as it would stand after `historyDays` of use: published a week before the
 * history starts (so its escalations ran under it and its review date is that far along), and read and confirmed
 * by the staff who must acknowledge it, one to five days after it was published, all but two.
 */
export async function seedDemoAcknowledgements(query: SqlQuery, now: Date, historyDays: number): Promise<void> {
  const publishedAt = new Date(now.getTime() - (historyDays + 7) * DAY_MS);
  await query(
    `UPDATE procedure_version
        SET published_at = $1, review_due_at = $1::timestamptz + interval '6 months'
      WHERE version = 1 AND status = 'published'`,
    [publishedAt],
  );
  await query(
    `INSERT INTO procedure_acknowledgement (procedure_version_id, user_id, acknowledged_at)
     SELECT pv.id, u.id, pv.published_at + (1 + row_number() OVER (ORDER BY u.email) % 5) * interval '1 day'
       FROM procedure_version pv
       CROSS JOIN app_user u
      WHERE pv.version = 1 AND pv.status = 'published'
        AND u.role IN ('agent', 'manager') AND u.email <> ALL ($1)
     ON CONFLICT DO NOTHING`,
    [NOT_YET_ACKNOWLEDGED],
  );
}
