import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import type { CreateProcessReviewSchema, Me, ProcessReview } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ReviewFiguresService } from './review-figures.service';
import { invalidField, lockReview } from './review-lock';
import { dayBounds } from './review-metrics';
import { ReviewReader } from './review.reader';

type CreateProcessReview = z.output<typeof CreateProcessReviewSchema>;

/** Reviews are created with their snapshot taken there and then, and closed once; nothing else changes on them. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly figures: ReviewFiguresService,
    private readonly procedures: ProceduresService,
    private readonly reader: ReviewReader,
  ) {}

  async create(body: CreateProcessReview, me: Me): Promise<ProcessReview> {
    const versionIds = await this.coveredVersions(body);
    const snapshot = await this.figures.snapshot({ from: body.from, to: body.to, procedureVersionIds: versionIds });
    const id = await this.dataSource.transaction(async (m) => {
      const [row] = await m.query<{ id: string }[]>(
        `INSERT INTO process_review (title, period_from, period_to, snapshot, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [body.title, body.from, body.to, snapshot, me.id, this.clock.now()],
      );
      if (!row) throw new Error('process_review insert returned no row');
      await m.query(
        `INSERT INTO process_review_procedure (review_id, procedure_version_id) SELECT $1, unnest($2::uuid[])`,
        [row.id, versionIds],
      );
      return row.id;
    });
    return this.reader.detail(id);
  }

  async close(id: string): Promise<ProcessReview> {
    await this.dataSource.transaction(async (m) => {
      const review = await lockReview(m, id);
      if (review.status === 'closed') throw new DomainException('illegal_transition', 'the review is already closed');
      await m.query(`UPDATE process_review SET status = 'closed', closed_at = $2 WHERE id = $1`, [
        id,
        this.clock.now(),
      ]);
    });
    return this.reader.detail(id);
  }

  /**
   * The versions named (each must exist), or else those the escalations opened in the period ran under, or else
   * the current one.
   */
  private async coveredVersions(body: CreateProcessReview): Promise<string[]> {
    if (body.procedureVersionIds.length) {
      const [found] = await this.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM procedure_version WHERE id = ANY ($1::uuid[])`,
        [body.procedureVersionIds],
      );
      const unique = new Set(body.procedureVersionIds);
      if (found?.n !== unique.size) throw invalidField('procedureVersionIds', 'a procedure version does not exist');
      return [...unique];
    }
    const used = await this.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT procedure_version_id AS id FROM escalation
        WHERE created_at >= $1 AND created_at < $2`,
      dayBounds(body.from, body.to),
    );
    return used.length ? used.map((row) => row.id) : [(await this.procedures.current()).id];
  }
}
