import type { ProcedureDefinition } from '@ladder/contracts';
import { ProcedureVersionEntity } from './procedure-version.entity';
import {
  toProcedureVersion,
  toProcedureVersionDetail,
  toProcedureVersionSummary,
  type ProcedureDetailRow,
} from './procedure-version.mapper';

describe('toProcedureVersion', () => {
  const definition = { categories: ['network'] } as unknown as ProcedureDefinition;

  function entity(publishedAt: Date | null): ProcedureVersionEntity {
    return Object.assign(new ProcedureVersionEntity(), {
      id: '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b',
      version: 3,
      name: 'Night shift',
      status: publishedAt ? 'published' : 'draft',
      definition,
      publishedAt,
      createdAt: new Date('2026-01-01T00:00:00Z'),
    });
  }

  it('keeps the contract fields and writes publishedAt as ISO text', () => {
    expect(toProcedureVersion(entity(new Date('2026-02-03T04:05:06Z')))).toEqual({
      id: '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b',
      version: 3,
      name: 'Night shift',
      publishedAt: '2026-02-03T04:05:06.000Z',
      definition,
    });
  });

  it('answers null for a draft that was never published', () => {
    expect(toProcedureVersion(entity(null)).publishedAt).toBeNull();
  });

  it('leaves the definition out of a summary and says where the version stands', () => {
    const submitted = Object.assign(entity(null), {
      status: 'in-review',
      submittedAt: new Date('2026-02-01T09:00:00Z'),
      reviewDueAt: null,
      author: { name: 'Priya Shah' },
    });
    expect(toProcedureVersionSummary(submitted)).toEqual({
      id: '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b',
      version: 3,
      name: 'Night shift',
      publishedAt: null,
      status: 'in-review',
      authorName: 'Priya Shah',
      submittedAt: '2026-02-01T09:00:00.000Z',
      reviewDueAt: null,
    });
  });

  it('has no author name for a version from before the lifecycle', () => {
    const published = Object.assign(entity(new Date('2026-02-03T04:05:06Z')), { submittedAt: null, reviewDueAt: null });
    expect(toProcedureVersionSummary(published).authorName).toBeNull();
  });
});

describe('toProcedureVersionDetail', () => {
  const definition = { categories: ['network'] } as unknown as ProcedureDefinition;
  const row: ProcedureDetailRow = {
    id: '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b',
    version: 4,
    name: 'Quicker L1',
    status: 'in-review',
    definition,
    published_at: null,
    author_id: '1a2b3c4d-0000-4000-8000-000000000001',
    author_name: 'Lee Tanaka',
    based_on_id: '1a2b3c4d-0000-4000-8000-000000000003',
    based_on_version: 3,
    change_note: 'L1 S2 budget 30 -> 20',
    submitted_at: new Date('2026-03-02T09:00:00Z'),
    approved_by_name: null,
    approved_at: null,
    retired_at: null,
    review_every_months: 6,
    review_due_at: null,
    row_version: 3,
    drift_flagged_at: null,
    drift_details: null,
    review_id: null,
  };

  it('names the author and the version it is based on, and lists the comments with ISO times', () => {
    const comment = {
      id: '1a2b3c4d-0000-4000-8000-000000000009',
      author_id: '1a2b3c4d-0000-4000-8000-000000000002',
      author_name: 'Dana Whitfield',
      body: 'Why?',
      created_at: new Date('2026-03-02T10:00:00Z'),
    };
    expect(toProcedureVersionDetail(row, [comment])).toEqual({
      id: row.id,
      version: 4,
      name: 'Quicker L1',
      publishedAt: null,
      definition,
      status: 'in-review',
      authorId: row.author_id,
      authorName: 'Lee Tanaka',
      basedOnId: row.based_on_id,
      basedOnVersion: 3,
      changeNote: 'L1 S2 budget 30 -> 20',
      submittedAt: '2026-03-02T09:00:00.000Z',
      approvedByName: null,
      approvedAt: null,
      retiredAt: null,
      reviewEveryMonths: 6,
      reviewDueAt: null,
      rowVersion: 3,
      drift: null,
      reviewId: null,
      comments: [
        {
          id: comment.id,
          authorId: comment.author_id,
          authorName: 'Dana Whitfield',
          body: 'Why?',
          createdAt: '2026-03-02T10:00:00.000Z',
        },
      ],
    });
  });
});
