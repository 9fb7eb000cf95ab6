import type { Routes } from '@angular/router';

export const REVIEW_ROUTES: Routes = [
  {
    path: '',
    title: 'Process reviews · Ladder',
    loadComponent: () => import('./list/process-reviews.page').then((m) => m.ProcessReviewsPage),
  },
  {
    path: ':id',
    title: 'Process review · Ladder',
    loadComponent: () => import('./detail/process-review.page').then((m) => m.ProcessReviewPage),
  },
];
