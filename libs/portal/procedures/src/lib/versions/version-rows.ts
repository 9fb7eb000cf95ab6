import type { ProcedureStatus, ProcedureVersionSummary } from '@ladder/contracts';
import { reviewReminderDue } from '@ladder/domain';
import { versionLabel } from '../shared/procedure-words';

/** How many days before its review date a published version is flagged as due soon. */
export const REVIEW_SOON_DAYS = 14;

/** Whether a published version's review date has passed, is near, or is not a concern (drafts, retired ones). */
export type ReviewState = 'overdue' | 'soon' | 'ok' | 'none';

export interface VersionRow {
  id: string;
  label: string;
  status: ProcedureStatus;
  authorName: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  reviewDueAt: string | null;
  review: ReviewState;
}

export interface VersionLists {
  /** The newest published version: the one new escalations follow. */
  current: VersionRow | null;
  /** Drafts and versions in review, newest first. */
  inProgress: VersionRow[];
  /** Published and retired versions, newest first, the current one included. */
  history: VersionRow[];
}

export function reviewState(version: Pick<ProcedureVersionSummary, 'status' | 'reviewDueAt'>, now: Date): ReviewState {
  if (version.status !== 'published' || version.reviewDueAt === null) return 'none';
  const due = new Date(version.reviewDueAt);
  if (now.getTime() >= due.getTime()) return 'overdue';
  return reviewReminderDue(now, due, REVIEW_SOON_DAYS) ? 'soon' : 'ok';
}

export function versionRow(version: ProcedureVersionSummary, now: Date): VersionRow {
  return {
    id: version.id,
    label: versionLabel(version),
    status: version.status,
    authorName: version.authorName,
    submittedAt: version.submittedAt,
    publishedAt: version.publishedAt,
    reviewDueAt: version.reviewDueAt,
    review: reviewState(version, now),
  };
}

const IN_PROGRESS: ReadonlySet<ProcedureStatus> = new Set(['draft', 'in-review']);
const HISTORY: ReadonlySet<ProcedureStatus> = new Set(['published', 'retired']);

/** Splits the versions into the current one, those being worked on and the history; discarded ones are left out. */
export function versionLists(versions: readonly ProcedureVersionSummary[], now: Date): VersionLists {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const current = newestFirst.find((v) => v.status === 'published');
  return {
    current: current ? versionRow(current, now) : null,
    inProgress: newestFirst.filter((v) => IN_PROGRESS.has(v.status)).map((v) => versionRow(v, now)),
    history: newestFirst.filter((v) => HISTORY.has(v.status)).map((v) => versionRow(v, now)),
  };
}
