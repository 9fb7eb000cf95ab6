import type { Feedback, FeedbackListQuery, FeedbackStatus, FeedbackTopic, SubmitFeedback } from '@ladder/contracts';
import type { DataSource, EntityManager } from 'typeorm';

export const FEEDBACK_PAGE_SIZE = 50;

interface FeedbackRow {
  id: string;
  topic: FeedbackTopic;
  body: string;
  source: 'staff' | 'stakeholder';
  author_name: string | null;
  escalation_number: string | null;
  status: FeedbackStatus;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  created_at: Date;
  version: number;
}

const FEEDBACK_SELECT = `
  SELECT f.id, f.topic, f.body, f.source, coalesce(a.name, f.author_name) AS author_name,
         e.number AS escalation_number, f.status, f.review_note, r.name AS reviewed_by, f.reviewed_at, f.created_at,
         f.version
    FROM process_feedback f
    LEFT JOIN app_user a ON a.id = f.author_user_id
    LEFT JOIN escalation e ON e.id = f.escalation_id
    LEFT JOIN app_user r ON r.id = f.reviewed_by`;

/** `anonymous`: the survey setting; a stakeholder's name is then left out, a colleague's never is. */
const toFeedback = (r: FeedbackRow, anonymous: boolean): Feedback => ({
  id: r.id,
  topic: r.topic,
  body: r.body,
  source: r.source,
  authorName: anonymous && r.source === 'stakeholder' ? null : r.author_name,
  escalationNumber: r.escalation_number === null ? null : Number(r.escalation_number),
  status: r.status,
  reviewNote: r.review_note,
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
  version: r.version,
});

export type FeedbackAuthor =
  | { source: 'staff'; userId: string }
  | { source: 'stakeholder'; name: string | null; email: string; escalationId: string };

export async function insertFeedback(
  db: DataSource | EntityManager,
  body: SubmitFeedback,
  author: FeedbackAuthor,
  at: Date,
): Promise<Feedback> {
  const staff = author.source === 'staff';
  const [row] = await db.query<{ id: string }[]>(
    `INSERT INTO process_feedback (topic, body, source, author_user_id, author_name, author_email, escalation_id,
                                   created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      body.topic,
      body.body,
      author.source,
      staff ? author.userId : null,
      staff ? null : author.name,
      staff ? null : author.email,
      staff ? null : author.escalationId,
      at,
    ],
  );
  const saved = await feedbackById(db, row?.id ?? '', false);
  if (!saved) throw new Error('the feedback just inserted is gone');
  return saved;
}

export async function feedbackById(
  db: DataSource | EntityManager,
  id: string,
  anonymous: boolean,
): Promise<Feedback | null> {
  const [row] = await db.query<FeedbackRow[]>(`${FEEDBACK_SELECT} WHERE f.id = $1`, [id]);
  return row ? toFeedback(row, anonymous) : null;
}

/** Newest first, a page of 50, filtered by status and topic. */
export async function listFeedback(
  db: DataSource,
  query: FeedbackListQuery,
  anonymous: boolean,
): Promise<{ items: Feedback[]; total: number }> {
  const where = `($1::text IS NULL OR f.status = $1) AND ($2::text IS NULL OR f.topic = $2)`;
  const filters = [query.status ?? null, query.topic ?? null];
  const [rows, [count]] = await Promise.all([
    db.query<FeedbackRow[]>(`${FEEDBACK_SELECT} WHERE ${where} ORDER BY f.created_at DESC, f.id LIMIT $3 OFFSET $4`, [
      ...filters,
      FEEDBACK_PAGE_SIZE,
      (query.page - 1) * FEEDBACK_PAGE_SIZE,
    ]),
    db.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM process_feedback f WHERE ${where}`, filters),
  ]);
  return { items: rows.map((r) => toFeedback(r, anonymous)), total: count?.total ?? 0 };
}
