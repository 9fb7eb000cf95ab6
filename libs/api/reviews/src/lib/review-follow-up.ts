import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Clock, PollingLoop } from '@ladder/api/common';
import type { MetricDirection, ReviewMetric } from '@ladder/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ReviewFiguresService } from './review-figures.service';
import { metricValue, outcomeOf, remeasureWindow, utcDate } from './review-metrics';

/** Action items handled per round and step; a full batch means more are due, so the next round starts at once. */
export const FOLLOW_UP_BATCH = 20;

interface DueItem {
  id: string;
  metric: ReviewMetric;
  level: number | null;
  direction: MetricDirection;
  target: number;
  due_date: string;
  period_from: string;
  period_to: string;
}

/**
 * Follows action items up every `scheduler.pollMs`, so that each item is handled once however many API instances run:
 * - an item not dropped whose due date has passed (the UTC day after it has begun) gets its metric measured again
 *   over the window `remeasureWindow` gives, over every procedure version, and met / not met recorded by an update
 *   that only writes an unmeasured item. The figures are read outside any transaction: they come through the
 *   analytics services' own connections, which a transaction held here would wait for on the embedded engine's one
 *   session (a deadlock there);
 * - an open item whose due date has passed is told to every manager in-app, once, claimed with SKIP LOCKED.
 */
@Injectable()
export class ReviewFollowUp implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: PollingLoop;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly figures: ReviewFiguresService,
  ) {
    const round = async () => (await this.followUp()) === FOLLOW_UP_BATCH;
    this.loop = new PollingLoop(config.scheduler.pollMs, round, new Logger(ReviewFollowUp.name));
  }

  onApplicationBootstrap(): void {
    if (this.config.scheduler.enabled) this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** One round; returns the larger number of items one of its steps handled. */
  async followUp(): Promise<number> {
    const now = this.clock.now();
    const measured = await this.measureDue(now);
    const told = await this.dataSource.transaction((m) => notifyOverdue(m, now));
    return Math.max(measured, told);
  }

  private async measureDue(now: Date): Promise<number> {
    const due = await this.dataSource.query<DueItem[]>(
      `SELECT a.id, a.metric, a.level, a.direction, a.target, a.due_date::text AS due_date,
              r.period_from::text AS period_from, r.period_to::text AS period_to
         FROM review_action_item a JOIN process_review r ON r.id = a.review_id
        WHERE a.measured_at IS NULL AND a.status <> 'dropped' AND a.due_date < $1::date
        ORDER BY a.due_date, a.id
        LIMIT ${FOLLOW_UP_BATCH}`,
      [utcDate(now)],
    );
    for (const item of due) {
      const window = remeasureWindow({ from: item.period_from, to: item.period_to }, item.due_date);
      const value = window
        ? metricValue(await this.figures.figures({ ...window, procedureVersionIds: null }), item.metric, item.level)
        : null;
      const outcome = outcomeOf(item.direction, value, item.target);
      await this.dataSource.query(
        `UPDATE review_action_item
            SET measured_at = $2, measured_value = $3, measured_from = $4, measured_to = $5, met = $6
          WHERE id = $1 AND measured_at IS NULL`,
        [
          item.id,
          now,
          value,
          window?.from ?? null,
          window?.to ?? null,
          outcome === 'no-data' ? null : outcome === 'met',
        ],
      );
    }
    return due.length;
  }
}

/**
 * Marks open items past their due date as told, and tells every manager in-app, as the fan-out writes in-app rows
 * (sent, so the bell and its stream show them), with a link to the review.
 */
async function notifyOverdue(m: EntityManager, now: Date): Promise<number> {
  const told = await m.query<{ id: string }[]>(
    `WITH due AS (
       SELECT a.id FROM review_action_item a
        WHERE a.status = 'open' AND a.due_date < $2::date AND a.overdue_notified_at IS NULL
        ORDER BY a.due_date, a.id
        LIMIT ${FOLLOW_UP_BATCH}
          FOR UPDATE SKIP LOCKED),
     told AS (
       UPDATE review_action_item a SET overdue_notified_at = $1 FROM due WHERE a.id = due.id
       RETURNING a.id, a.review_id, a.title, a.due_date, a.owner_id),
     sent AS (
       INSERT INTO notification (channel, recipient, recipient_name, user_id, subject, body_text, link, status,
                                 next_attempt_at, sent_at)
       SELECT 'in-app', u.email, u.name, u.id, 'Overdue action item: ' || t.title,
              'Due ' || t.due_date::text || ' and still open, owned by ' || o.name || ', from the process review "' ||
              r.title || '".',
              '/reviews/' || t.review_id, 'sent', $1, $1
         FROM told t
         JOIN process_review r ON r.id = t.review_id
         JOIN app_user o ON o.id = t.owner_id
         CROSS JOIN app_user u
        WHERE u.role = 'manager')
     SELECT id FROM told`,
    [now, utcDate(now)],
  );
  return told.length;
}
