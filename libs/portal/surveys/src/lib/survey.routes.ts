import type { Routes } from '@angular/router';
import { roleGuard } from '@ladder/portal/core';

/** The stakeholder's survey page behind the emailed link: public, no account. */
export const PUBLIC_SURVEY_ROUTES: Routes = [
  {
    path: ':token',
    title: 'Your feedback · Ladder',
    loadComponent: () => import('./public/public-survey.page').then((m) => m.PublicSurveyPage),
  },
  {
    path: ':token/opt-out',
    title: 'Stop receiving surveys · Ladder',
    loadComponent: () => import('./public/opt-out.page').then((m) => m.OptOutPage),
  },
];

/** Process owners' survey template and settings, and the process feedback form and review. */
export const SURVEY_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'template' },
  {
    path: 'template',
    title: 'Survey template · Ladder',
    canActivate: [roleGuard('process_owner', 'admin')],
    loadComponent: () => import('./template/survey-template.page').then((m) => m.SurveyTemplatePage),
  },
  {
    path: 'settings',
    title: 'Survey settings · Ladder',
    canActivate: [roleGuard('process_owner', 'admin')],
    loadComponent: () => import('./settings/survey-settings.page').then((m) => m.SurveySettingsPage),
  },
  {
    path: 'feedback',
    title: 'Suggest an improvement · Ladder',
    loadComponent: () => import('./feedback/feedback.page').then((m) => m.FeedbackPage),
  },
  {
    path: 'feedback/review',
    title: 'Process feedback · Ladder',
    canActivate: [roleGuard('process_owner', 'manager', 'admin')],
    loadComponent: () => import('./feedback/feedback-review.page').then((m) => m.FeedbackReviewPage),
  },
];
