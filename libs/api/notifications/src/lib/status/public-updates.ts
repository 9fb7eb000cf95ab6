import type { DataSource, EntityManager } from 'typeorm';

/** What a stakeholder may read of an escalation's history: its public updates, oldest first; never a comment. */
export async function publicUpdates(
  db: DataSource | EntityManager,
  escalationId: string,
): Promise<{ at: Date; body: string }[]> {
  return db.query(
    `SELECT at, body FROM escalation_event
      WHERE escalation_id = $1 AND type = 'stakeholder-update' AND visibility = 'public'
      ORDER BY at, id`,
    [escalationId],
  );
}
