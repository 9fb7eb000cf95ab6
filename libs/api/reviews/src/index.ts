export * from './lib/reviews.module';
export { ReviewFollowUp } from './lib/review-follow-up';
export { DemoReviewSeeder } from './lib/demo-review.seeder';
