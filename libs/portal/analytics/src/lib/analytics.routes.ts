import type { Routes } from '@angular/router';
import { roleGuard, sessionRole } from '@ladder/portal/core';
import { provideLadderCharts } from '@ladder/portal/ui/charts';
import { reportPagesFor } from './layout/report-pages';
import { ReportsLayout } from './layout/reports.layout';
import { REPORT_READERS } from './shared/report-readers';
import { prefetchPageReport } from './shared/report-prefetch';
import { ReviewPackPage } from './review-pack/review-pack.page';
import { OverviewPage } from './overview/overview.page';
import { TimeAtLevelPage } from './time-at-level/time-at-level.page';
import { BottlenecksPage } from './bottlenecks/bottlenecks.page';
import { SlaBreachesPage } from './sla-breaches/sla-breaches.page';
import { FlowPage } from './flow/flow.page';
import { LoadPage } from './load/load.page';
import { TimeToResolutionPage } from './time-to-resolution/time-to-resolution.page';
import { SurveysPage } from './surveys/surveys.page';
import { DrillDownPage } from './drill-down/drill-down.page';

/** Every page but Time at level, the drill-down included, is for the readers of every report. */
const readersOnly = roleGuard(...REPORT_READERS);

export const REPORT_ROUTES: Routes = [
  {
    path: '',
    // The reports are one lazy chunk, with Chart.js and its plugins registered here: out of the initial bundle, and
    // a report's page comes with its layout and charts instead of one more round trip after them.
    providers: [provideLadderCharts()],
    children: [
      {
        path: 'review-pack',
        title: 'Review pack · Ladder',
        canActivate: [readersOnly],
        component: ReviewPackPage,
      },
      {
        path: '',
        component: ReportsLayout,
        children: [
          {
            path: '',
            pathMatch: 'full',
            redirectTo: async () => reportPagesFor(await sessionRole())[0]?.path ?? 'time-at-level',
          },
          {
            path: 'overview',
            title: 'Overview · Reports · Ladder',
            canActivate: [readersOnly],
            component: OverviewPage,
            resolve: { reportPrefetch: prefetchPageReport },
          },
          {
            path: 'time-at-level',
            title: 'Time at level · Reports · Ladder',
            component: TimeAtLevelPage,
            resolve: { reportPrefetch: prefetchPageReport },
          },
          {
            path: 'bottlenecks',
            title: 'Bottlenecks · Reports · Ladder',
            canActivate: [readersOnly],
            component: BottlenecksPage,
            resolve: { reportPrefetch: prefetchPageReport },
          },
          {
            path: 'sla-breaches',
            title: 'SLA breaches · Reports · Ladder',
            canActivate: [readersOnly],
            component: SlaBreachesPage,
            resolve: { reportPrefetch: prefetchPageReport },
          },
          {
            path: 'flow',
            title: 'Flow · Reports · Ladder',
            canActivate: [readersOnly],
            component: FlowPage,
            resolve: { reportPrefetch: prefetchPageReport },
          },
          {
            path: 'load',
            title: 'Load · Reports · Ladder',
            canActivate: [readersOnly],
            component: LoadPage,
            resolve: { reportPrefetch: prefetchPageReport },
          },
          {
            path: 'time-to-resolution',
            title: 'Time to resolution · Reports · Ladder',
            canActivate: [readersOnly],
            component: TimeToResolutionPage,
            resolve: { reportPrefetch: prefetchPageReport },
          },
          {
            path: 'surveys',
            title: 'Voice of the stakeholder · Reports · Ladder',
            canActivate: [readersOnly],
            component: SurveysPage,
          },
          {
            path: 'drill-down',
            title: 'Escalations behind a figure · Reports · Ladder',
            canActivate: [readersOnly],
            component: DrillDownPage,
          },
        ],
      },
    ],
  },
];
