import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { roleGuard, SessionStore } from '@ladder/portal/core';
import { provideLadderCharts } from '@ladder/portal/ui';
import { reportPagesFor } from './layout/report-pages';
import { ReportsLayout } from './layout/reports.layout';
import { REPORT_READERS } from './shared/report-readers';

/** Every page but Time at level, the drill-down included, is for the readers of every report. */
const readersOnly = roleGuard(...REPORT_READERS);

export const REPORT_ROUTES: Routes = [
  {
    path: '',
    // Chart.js and its plugins are registered here so they stay out of the initial bundle.
    providers: [provideLadderCharts()],
    children: [
      {
        path: 'review-pack',
        title: 'Review pack · Ladder',
        canActivate: [readersOnly],
        loadComponent: () => import('./review-pack/review-pack.page').then((m) => m.ReviewPackPage),
      },
      {
        path: '',
        component: ReportsLayout,
        children: [
          {
            path: '',
            pathMatch: 'full',
            redirectTo: () => reportPagesFor(inject(SessionStore).role())[0]?.path ?? 'time-at-level',
          },
          {
            path: 'overview',
            title: 'Overview · Reports · Ladder',
            canActivate: [readersOnly],
            loadComponent: () => import('./overview/overview.page').then((m) => m.OverviewPage),
          },
          {
            path: 'time-at-level',
            title: 'Time at level · Reports · Ladder',
            loadComponent: () => import('./time-at-level/time-at-level.page').then((m) => m.TimeAtLevelPage),
          },
          {
            path: 'bottlenecks',
            title: 'Bottlenecks · Reports · Ladder',
            canActivate: [readersOnly],
            loadComponent: () => import('./bottlenecks/bottlenecks.page').then((m) => m.BottlenecksPage),
          },
          {
            path: 'sla-breaches',
            title: 'SLA breaches · Reports · Ladder',
            canActivate: [readersOnly],
            loadComponent: () => import('./sla-breaches/sla-breaches.page').then((m) => m.SlaBreachesPage),
          },
          {
            path: 'flow',
            title: 'Flow · Reports · Ladder',
            canActivate: [readersOnly],
            loadComponent: () => import('./flow/flow.page').then((m) => m.FlowPage),
          },
          {
            path: 'load',
            title: 'Load · Reports · Ladder',
            canActivate: [readersOnly],
            loadComponent: () => import('./load/load.page').then((m) => m.LoadPage),
          },
          {
            path: 'time-to-resolution',
            title: 'Time to resolution · Reports · Ladder',
            canActivate: [readersOnly],
            loadComponent: () =>
              import('./time-to-resolution/time-to-resolution.page').then((m) => m.TimeToResolutionPage),
          },
          {
            path: 'drill-down',
            title: 'Escalations behind a figure · Reports · Ladder',
            canActivate: [readersOnly],
            loadComponent: () => import('./drill-down/drill-down.page').then((m) => m.DrillDownPage),
          },
        ],
      },
    ],
  },
];
