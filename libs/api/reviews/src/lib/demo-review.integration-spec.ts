import { FrozenClock } from '@ladder/api/common';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import { DemoReviewSeeder } from './demo-review.seeder';
import { ReviewFollowUp } from './review-follow-up';
import { ReviewReader } from './review.reader';
import { ReviewsModule } from './reviews.module';

describe('the demo review', () => {
  const clock = new FrozenClock(new Date('2026-05-20T10:00:00Z'));
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ReviewsModule], clock });
  });
  afterAll(() => t.close());

  it('is made once, as a process owner, with one item past due that the follow-up measures and reports', async () => {
    const seeder = t.app.get(DemoReviewSeeder);
    await seeder.seed(clock.now());
    await seeder.seed(clock.now());
    await t.app.get(ReviewFollowUp).followUp();
    const reader = t.app.get(ReviewReader);
    const [summary, ...others] = await reader.list();
    expect(others).toEqual([]);
    const review = await reader.detail(summary?.id ?? '');
    expect([review.title, review.from, review.to, review.createdByName]).toEqual([
      'Monthly process review',
      '2026-03-21',
      '2026-04-19',
      'Lee Tanaka',
    ]);
    // The seeded organisation has no history: nothing over budget, nothing to measure.
    expect(review.findings.map((f) => f.kind)).toEqual(['other']);
    expect(review.actionItems.map((i) => [i.dueDate, i.outcome, i.overdue])).toEqual([
      ['2026-05-17', 'no-data', true],
      ['2026-06-03', null, false],
    ]);
    const notified = await t.dataSource.query(`SELECT subject FROM notification WHERE channel = 'in-app'`);
    expect(notified).toEqual([{ subject: 'Overdue action item: Agree hand-off rules with the team leads' }]);
  });
});
