import type {
  ProcedureReviewComment,
  ProcedureStatus,
  ProcedureVersion,
  ProcedureVersionDetail,
  ProcedureVersionSummary,
} from '@ladder/contracts';
import type { ProcedureVersionEntity } from './procedure-version.entity';

const iso = (at: Date | null) => at?.toISOString() ?? null;

export function toProcedureVersionSummary(
  entity: Pick<ProcedureVersionEntity, 'id' | 'version' | 'name' | 'publishedAt'>,
): ProcedureVersionSummary {
  return {
    id: entity.id,
    version: entity.version,
    name: entity.name,
    publishedAt: iso(entity.publishedAt),
  };
}

export function toProcedureVersion(entity: ProcedureVersionEntity): ProcedureVersion {
  return { ...toProcedureVersionSummary(entity), definition: entity.definition };
}

/** A procedure_version row with the names it refers to, as the detail query reads it. */
export interface ProcedureDetailRow {
  id: string;
  version: number;
  name: string;
  status: ProcedureStatus;
  definition: ProcedureVersion['definition'];
  published_at: Date | null;
  author_id: string | null;
  author_name: string | null;
  based_on_id: string | null;
  based_on_version: number | null;
  change_note: string;
  submitted_at: Date | null;
  approved_by_name: string | null;
  approved_at: Date | null;
  retired_at: Date | null;
  review_every_months: number;
  review_due_at: Date | null;
  row_version: number;
}

export interface ProcedureCommentRow {
  id: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: Date;
}

export function toProcedureReviewComment(row: ProcedureCommentRow): ProcedureReviewComment {
  return {
    id: row.id,
    authorId: row.author_id,
    authorName: row.author_name,
    body: row.body,
    createdAt: row.created_at.toISOString(),
  };
}

export function toProcedureVersionDetail(
  row: ProcedureDetailRow,
  comments: readonly ProcedureCommentRow[],
): ProcedureVersionDetail {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    publishedAt: iso(row.published_at),
    definition: row.definition,
    status: row.status,
    authorId: row.author_id,
    authorName: row.author_name,
    basedOnId: row.based_on_id,
    basedOnVersion: row.based_on_version,
    changeNote: row.change_note,
    submittedAt: iso(row.submitted_at),
    approvedByName: row.approved_by_name,
    approvedAt: iso(row.approved_at),
    retiredAt: iso(row.retired_at),
    reviewEveryMonths: row.review_every_months,
    reviewDueAt: iso(row.review_due_at),
    rowVersion: row.row_version,
    comments: comments.map(toProcedureReviewComment),
  };
}
