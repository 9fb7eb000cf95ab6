import type { EntityManager } from 'typeorm';

export type ReminderKind = 'acknowledgement' | 'review' | 'drift';

export interface Reminder {
  versionId: string;
  kind: ReminderKind;
  /** Which reminder of its kind for the version: each (version, person, kind, step) is sent once. */
  step: string;
  userIds: readonly string[];
  subject: string;
  body: string;
  link: string;
  at: Date;
}

/**
 * Writes the reminder as an in-app notification (sent, as the fan-out writes them, so the bell and its stream show it)
 * to each of `userIds` who has not had this step yet; the reminder log's key makes a second round, on this instance
 * or another, send nothing. Returns how many people it reached.
 */
export async function sendReminder(m: EntityManager, reminder: Reminder): Promise<number> {
  if (reminder.userIds.length === 0) return 0;
  const sent = (await m.query(
    `WITH claimed AS (
       INSERT INTO procedure_reminder (procedure_version_id, user_id, kind, step, sent_at)
       SELECT $1, id, $2, $3, $4 FROM unnest($5::uuid[]) AS ids (id)
       ON CONFLICT ON CONSTRAINT pk_procedure_reminder DO NOTHING
       RETURNING user_id)
     INSERT INTO notification (channel, recipient, recipient_name, user_id, subject, body_text, link, status,
                               next_attempt_at, sent_at)
     SELECT 'in-app', u.email, u.name, u.id, $6, $7, $8, 'sent', $4, $4
       FROM claimed c JOIN app_user u ON u.id = c.user_id
     RETURNING id`,
    [
      reminder.versionId,
      reminder.kind,
      reminder.step,
      reminder.at,
      reminder.userIds,
      reminder.subject,
      reminder.body,
      reminder.link,
    ],
  )) as unknown[];
  return sent.length;
}

/** The process owners and the version's author: who hears of its review and its drift. */
export async function ownersOf(m: EntityManager, versionId: string): Promise<string[]> {
  const rows = (await m.query(
    `SELECT u.id FROM app_user u
      WHERE u.role = 'process_owner' OR u.id = (SELECT author_id FROM procedure_version WHERE id = $1)
      ORDER BY u.id`,
    [versionId],
  )) as { id: string }[];
  return rows.map((row) => row.id);
}
