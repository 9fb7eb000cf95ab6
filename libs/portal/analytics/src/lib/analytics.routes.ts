import type { Routes } from '@angular/router';
import { provideLadderCharts } from '@ladder/portal/ui';

export const ANALYTICS_ROUTES: Routes = [
  {
    path: '',
    title: 'Dashboard · Ladder',
    // Chart.js is registered here so it stays out of the initial bundle.
    providers: [provideLadderCharts()],
    loadComponent: () => import('./dashboard/dashboard.page').then((m) => m.DashboardPage),
  },
];
