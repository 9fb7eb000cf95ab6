import { detail } from '../shared/procedure.fixture';
import { reviewState, versionLists } from './version-rows';

const NOW = new Date('2026-11-27T08:00:00.000Z');

describe('version rows', () => {
  it('flags a published version whose review date has passed, is within 14 days, or is further away', () => {
    const published = (reviewDueAt: string) => reviewState({ status: 'published', reviewDueAt }, NOW);
    expect(published('2026-11-27T08:00:00.000Z')).toBe('overdue');
    expect(published('2026-11-01T00:00:00.000Z')).toBe('overdue');
    expect(published('2026-12-11T08:00:00.000Z')).toBe('soon');
    expect(published('2026-12-11T08:00:00.001Z')).toBe('ok');
  });

  it('does not flag drafts, retired versions or versions without a review date', () => {
    expect(reviewState({ status: 'retired', reviewDueAt: '2026-01-01T00:00:00.000Z' }, NOW)).toBe('none');
    expect(reviewState({ status: 'draft', reviewDueAt: null }, NOW)).toBe('none');
    expect(reviewState({ status: 'published', reviewDueAt: null }, NOW)).toBe('none');
  });

  it('splits versions into the current one, the work in progress and the history, newest first', () => {
    const v1 = detail({
      id: 'v1',
      version: 1,
      name: 'First',
      status: 'retired',
      publishedAt: '2026-01-05T09:00:00.000Z',
    });
    const v2 = detail({
      id: 'v2',
      version: 2,
      name: 'Second',
      status: 'published',
      publishedAt: '2026-06-01T09:00:00.000Z',
      reviewDueAt: '2026-12-01T09:00:00.000Z',
    });
    const v3 = detail({ id: 'v3', version: 3, name: 'Try', status: 'discarded' });
    const v4 = detail({
      id: 'v4',
      version: 4,
      name: 'Review me',
      status: 'in-review',
      submittedAt: '2026-11-26T10:00:00.000Z',
    });
    const v5 = detail({ id: 'v5', version: 5, name: 'Work', status: 'draft', authorName: 'Pat' });

    const lists = versionLists([v1, v5, v2, v3, v4], NOW);

    expect(lists.current).toEqual({
      id: 'v2',
      label: 'v2 · Second',
      status: 'published',
      authorName: 'Olive Owner',
      submittedAt: null,
      publishedAt: '2026-06-01T09:00:00.000Z',
      reviewDueAt: '2026-12-01T09:00:00.000Z',
      review: 'soon',
    });
    expect(lists.inProgress.map((r) => [r.label, r.status, r.authorName, r.submittedAt])).toEqual([
      ['v5 · Work', 'draft', 'Pat', null],
      ['v4 · Review me', 'in-review', 'Olive Owner', '2026-11-26T10:00:00.000Z'],
    ]);
    expect(lists.history.map((r) => [r.label, r.review])).toEqual([
      ['v2 · Second', 'soon'],
      ['v1 · First', 'none'],
    ]);
  });

  it('has no current version before the first is published', () => {
    expect(versionLists([detail({ status: 'draft' })], NOW).current).toBeNull();
  });
});
