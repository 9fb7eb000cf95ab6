import type { Routes } from '@angular/router';
import { roleGuard } from '@ladder/portal/core';

export const ADMIN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'deliveries' },
  {
    path: 'deliveries',
    title: 'Deliveries · Ladder',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('./deliveries/deliveries.page').then((m) => m.DeliveriesPage),
  },
  {
    path: 'integrations',
    title: 'Integrations · Ladder',
    canActivate: [roleGuard('admin')],
    loadComponent: () => import('./integrations/integrations.page').then((m) => m.IntegrationsPage),
  },
  {
    path: 'calendars',
    title: 'Calendars · Ladder',
    canActivate: [roleGuard('process_owner', 'admin')],
    loadComponent: () => import('./calendars/calendars.page').then((m) => m.CalendarsPage),
  },
  {
    path: 'imports',
    title: 'History imports · Ladder',
    canActivate: [roleGuard('manager', 'admin')],
    loadComponent: () => import('./imports/imports.page').then((m) => m.ImportsPage),
  },
];
