import { ACKNOWLEDGING_ROLES } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';

/** Staff who must acknowledge version `versionId` and have not yet. */
export async function unacknowledgedStaff(m: EntityManager, versionId: string): Promise<string[]> {
  const rows = (await m.query(
    `SELECT u.id FROM app_user u
      WHERE u.role = ANY ($2::text[])
        AND NOT EXISTS (SELECT 1 FROM procedure_acknowledgement a
                         WHERE a.procedure_version_id = $1 AND a.user_id = u.id)
      ORDER BY u.id`,
    [versionId, ACKNOWLEDGING_ROLES],
  )) as { id: string }[];
  return rows.map((row) => row.id);
}

export interface PublishedVersionRow {
  id: string;
  version: number;
  name: string;
  published_at: Date;
  review_due_at: Date | null;
}

/** The versions staff are asked to acknowledge: those published now, newest first. */
export async function publishedVersions(m: EntityManager): Promise<PublishedVersionRow[]> {
  return (await m.query(
    `SELECT id, version, name, published_at, review_due_at FROM procedure_version
      WHERE status = 'published' AND published_at IS NOT NULL
      ORDER BY version DESC`,
  )) as PublishedVersionRow[];
}
