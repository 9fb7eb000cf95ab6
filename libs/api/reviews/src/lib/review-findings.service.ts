import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type { FindingInput, Me, ProcessReview } from '@ladder/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidField, lockOpenReview } from './review-lock';
import { ReviewReader } from './review.reader';

/** Findings of an open review; each names what it is about, and what it names must exist. */
@Injectable()
export class ReviewFindingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly reader: ReviewReader,
  ) {}

  async add(reviewId: string, body: FindingInput, me: Me): Promise<ProcessReview> {
    await this.dataSource.transaction(async (m) => {
      await lockOpenReview(m, reviewId);
      await checkLink(m, body);
      const now = this.clock.now();
      await m.query(
        `INSERT INTO review_finding (review_id, kind, text, link, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)`,
        [reviewId, body.kind, body.text, body.link, me.id, now],
      );
    });
    return this.reader.detail(reviewId);
  }

  async update(reviewId: string, findingId: string, body: FindingInput): Promise<ProcessReview> {
    await this.dataSource.transaction(async (m) => {
      await lockOpenReview(m, reviewId);
      await checkLink(m, body);
      const [, affected] = await m.query<[unknown, number]>(
        `UPDATE review_finding SET kind = $3, text = $4, link = $5, updated_at = $6 WHERE id = $2 AND review_id = $1`,
        [reviewId, findingId, body.kind, body.text, body.link, this.clock.now()],
      );
      if (!affected) throw missingFinding(findingId);
    });
    return this.reader.detail(reviewId);
  }

  async remove(reviewId: string, findingId: string): Promise<ProcessReview> {
    await this.dataSource.transaction(async (m) => {
      await lockOpenReview(m, reviewId);
      const [, affected] = await m.query<[unknown, number]>(
        `DELETE FROM review_finding WHERE id = $2 AND review_id = $1`,
        [reviewId, findingId],
      );
      if (!affected) throw missingFinding(findingId);
    });
    return this.reader.detail(reviewId);
  }
}

function missingFinding(id: string): DomainException {
  return new DomainException('not_found', `Finding ${id} does not exist in this review`);
}

/** The team of a bottleneck, and the survey responses and escalations of comments, exist (400 naming the link). */
async function checkLink(m: EntityManager, body: FindingInput): Promise<void> {
  if (body.kind === 'bottleneck') {
    const [team] = await m.query<unknown[]>(`SELECT 1 FROM team WHERE id = $1`, [body.link.teamId]);
    if (!team) throw invalidField('link.teamId', 'no such team');
  }
  if (body.kind === 'survey-comments') {
    const [found] = await m.query<{ responses: number; escalations: number }[]>(
      `SELECT (SELECT count(*)::int FROM survey_response WHERE id = ANY ($1::uuid[])) AS responses,
              (SELECT count(*)::int FROM escalation WHERE id = ANY ($2::uuid[])) AS escalations`,
      [body.link.surveyResponseIds, body.link.escalationIds],
    );
    if (found?.responses !== new Set(body.link.surveyResponseIds).size) {
      throw invalidField('link.surveyResponseIds', 'a survey response does not exist');
    }
    if (found.escalations !== new Set(body.link.escalationIds).size) {
      throw invalidField('link.escalationIds', 'an escalation does not exist');
    }
  }
}
