import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type { ActionItem, ProcessReview, ProcessReviewSummary, ReviewSnapshot } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import {
  type ActionItemRow,
  type FindingRow,
  type ReviewSummaryRow,
  toActionItem,
  toFinding,
  toReviewSummary,
} from './review.mapper';
import { utcDate } from './review-metrics';

/** A review's list columns; $1 is today (UTC), for the overdue count. */
const SUMMARY_SQL = `
  SELECT r.id, r.title, r.period_from::text AS period_from, r.period_to::text AS period_to, r.status,
         u.name AS created_by_name, r.created_at, r.draft_procedure_id,
         (SELECT count(*)::int FROM review_action_item a WHERE a.review_id = r.id AND a.status = 'open')
           AS open_action_items,
         (SELECT count(*)::int FROM review_action_item a
           WHERE a.review_id = r.id AND a.status = 'open' AND a.due_date < $1::date) AS overdue_action_items
    FROM process_review r
    JOIN app_user u ON u.id = r.created_by`;

const ACTION_ITEM_SQL = `
  SELECT a.id, a.review_id, r.title AS review_title, a.title, a.owner_id, o.name AS owner_name,
         a.due_date::text AS due_date, a.status, a.metric, a.level, a.direction, a.baseline, a.target, a.measured_at,
         a.measured_value, a.measured_from::text AS measured_from, a.measured_to::text AS measured_to, a.met,
         a.row_version
    FROM review_action_item a
    JOIN process_review r ON r.id = a.review_id
    JOIN app_user o ON o.id = a.owner_id`;

/** Reviews, their findings and action items as the API answers them. */
@Injectable()
export class ReviewReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<ProcessReviewSummary[]> {
    const rows = await this.dataSource.query<ReviewSummaryRow[]>(
      `${SUMMARY_SQL} ORDER BY r.period_to DESC, r.created_at DESC`,
      [this.today()],
    );
    return rows.map(toReviewSummary);
  }

  async detail(id: string): Promise<ProcessReview> {
    const [summary] = await this.dataSource.query<ReviewSummaryRow[]>(`${SUMMARY_SQL} WHERE r.id = $2`, [
      this.today(),
      id,
    ]);
    if (!summary) throw new DomainException('not_found', `Process review ${id} does not exist`);
    const [[review], versions, findings, actionItems] = await Promise.all([
      this.dataSource.query<ReviewExtraRow[]>(
        `SELECT r.snapshot, r.closed_at, d.version AS draft_version, d.status AS draft_status
           FROM process_review r LEFT JOIN procedure_version d ON d.id = r.draft_procedure_id
          WHERE r.id = $1`,
        [id],
      ),
      this.dataSource.query<{ id: string; version: number; name: string }[]>(
        `SELECT pv.id, pv.version, pv.name
           FROM process_review_procedure rp JOIN procedure_version pv ON pv.id = rp.procedure_version_id
          WHERE rp.review_id = $1 ORDER BY pv.version`,
        [id],
      ),
      this.dataSource.query<FindingRow[]>(
        `SELECT f.id, f.kind, f.text, f.link, u.name AS created_by_name, f.created_at, f.updated_at
           FROM review_finding f JOIN app_user u ON u.id = f.created_by
          WHERE f.review_id = $1 ORDER BY f.created_at, f.id`,
        [id],
      ),
      this.actionItems('WHERE a.review_id = $1', [id]),
    ]);
    return {
      ...toReviewSummary(summary),
      procedureVersions: versions,
      closedAt: review?.closed_at?.toISOString() ?? null,
      draftProcedure:
        summary.draft_procedure_id && review?.draft_version
          ? { id: summary.draft_procedure_id, version: review.draft_version, status: review.draft_status ?? '' }
          : null,
      snapshot: review?.snapshot as ReviewSnapshot,
      findings: findings.map(toFinding),
      actionItems,
    };
  }

  /** Every action item, or only the overdue ones (open, due before today), soonest due first. */
  listActionItems(overdue: boolean): Promise<ActionItem[]> {
    return overdue
      ? this.actionItems(`WHERE a.status = 'open' AND a.due_date < $1::date`, [this.today()])
      : this.actionItems('', []);
  }

  async actionItem(id: string): Promise<ActionItem> {
    const [item] = await this.actionItems('WHERE a.id = $1', [id]);
    if (!item) throw new DomainException('not_found', `Action item ${id} does not exist`);
    return item;
  }

  private async actionItems(where: string, params: unknown[]): Promise<ActionItem[]> {
    const rows = await this.dataSource.query<ActionItemRow[]>(
      `${ACTION_ITEM_SQL} ${where} ORDER BY a.due_date, a.created_at, a.title, a.id`,
      params,
    );
    const today = this.today();
    return rows.map((row) => toActionItem(row, today));
  }

  private today(): string {
    return utcDate(this.clock.now());
  }
}

interface ReviewExtraRow {
  snapshot: unknown;
  closed_at: Date | null;
  draft_version: number | null;
  draft_status: string | null;
}
