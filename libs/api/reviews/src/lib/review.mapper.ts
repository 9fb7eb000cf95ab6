import type {
  ActionItem,
  ActionItemStatus,
  FindingInput,
  MetricDirection,
  ProcessReviewSummary,
  ReviewFinding,
  ReviewMetric,
  ReviewStatus,
} from '@ladder/contracts';

export interface ReviewSummaryRow {
  id: string;
  title: string;
  period_from: string;
  period_to: string;
  status: ReviewStatus;
  created_by_name: string;
  created_at: Date;
  draft_procedure_id: string | null;
  open_action_items: number;
  overdue_action_items: number;
}

export interface FindingRow {
  id: string;
  kind: FindingInput['kind'];
  text: string;
  link: FindingInput['link'];
  created_by_name: string;
  created_at: Date;
  updated_at: Date;
}

export interface ActionItemRow {
  id: string;
  review_id: string;
  review_title: string;
  title: string;
  owner_id: string;
  owner_name: string;
  due_date: string;
  status: ActionItemStatus;
  metric: ReviewMetric;
  level: number | null;
  direction: MetricDirection;
  baseline: number | null;
  target: number;
  measured_at: Date | null;
  measured_value: number | null;
  measured_from: string | null;
  measured_to: string | null;
  met: boolean | null;
  row_version: number;
}

export function toReviewSummary(row: ReviewSummaryRow): ProcessReviewSummary {
  return {
    id: row.id,
    title: row.title,
    from: row.period_from,
    to: row.period_to,
    status: row.status,
    createdByName: row.created_by_name,
    createdAt: row.created_at.toISOString(),
    openActionItems: row.open_action_items,
    overdueActionItems: row.overdue_action_items,
    draftProcedureId: row.draft_procedure_id,
  };
}

export function toFinding(row: FindingRow): ReviewFinding {
  return {
    id: row.id,
    ...({ kind: row.kind, text: row.text, link: row.link } as FindingInput),
    createdByName: row.created_by_name,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** `today` is the UTC date now: an open item due before it is overdue. */
export function toActionItem(row: ActionItemRow, today: string): ActionItem {
  return {
    id: row.id,
    reviewId: row.review_id,
    reviewTitle: row.review_title,
    title: row.title,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    dueDate: row.due_date,
    status: row.status,
    metric: row.metric,
    level: row.level,
    direction: row.direction,
    baseline: row.baseline,
    target: row.target,
    measuredValue: row.measured_value,
    measuredAt: row.measured_at?.toISOString() ?? null,
    measuredFrom: row.measured_from,
    measuredTo: row.measured_to,
    outcome: row.measured_at === null ? null : row.met === null ? 'no-data' : row.met ? 'met' : 'not-met',
    overdue: row.status === 'open' && row.due_date < today,
    rowVersion: row.row_version,
  };
}
