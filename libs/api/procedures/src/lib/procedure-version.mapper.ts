import type {
  ProcedureDrift,
  ProcedureReviewComment,
  ProcedureStatus,
  ProcedureVersion,
  ProcedureVersionDetail,
  ProcedureVersionSummary,
} from '@ladder/contracts';
import type { ProcedureVersionEntity } from './procedure-version.entity';

const iso = (at: Date | null) => at?.toISOString() ?? null;

type VersionIdentity = Pick<ProcedureVersionEntity, 'id' | 'version' | 'name' | 'publishedAt'>;

function identityOf(entity: VersionIdentity): Omit<ProcedureVersion, 'definition'> {
  return { id: entity.id, version: entity.version, name: entity.name, publishedAt: iso(entity.publishedAt) };
}

/** A list row; `author` is the joined user, absent for versions from before the lifecycle. */
export function toProcedureVersionSummary(
  entity: VersionIdentity &
    Pick<ProcedureVersionEntity, 'status' | 'submittedAt' | 'reviewDueAt'> & { author?: { name: string } | null },
): ProcedureVersionSummary {
  return {
    ...identityOf(entity),
    status: entity.status,
    authorName: entity.author?.name ?? null,
    submittedAt: iso(entity.submittedAt),
    reviewDueAt: iso(entity.reviewDueAt),
  };
}

export function toProcedureVersion(entity: ProcedureVersionEntity): ProcedureVersion {
  return { ...identityOf(entity), definition: entity.definition };
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
  drift_flagged_at: Date | null;
  drift_details: Omit<ProcedureDrift, 'flaggedAt'> | null;
  /** The process review whose draft this is. */
  review_id: string | null;
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
    reviewId: row.review_id,
    comments: comments.map(toProcedureReviewComment),
    drift: toDrift(row.drift_flagged_at, row.drift_details),
  };
}

function toDrift(flaggedAt: Date | null, details: Omit<ProcedureDrift, 'flaggedAt'> | null): ProcedureDrift | null {
  return flaggedAt && details ? { ...details, flaggedAt: flaggedAt.toISOString() } : null;
}
