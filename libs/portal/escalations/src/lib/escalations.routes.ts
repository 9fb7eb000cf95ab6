import type { Routes } from '@angular/router';
import { roleGuard } from '@ladder/portal/core';

export const ESCALATION_ROUTES: Routes = [
  { path: '', title: 'Queue · Ladder', loadComponent: () => import('./queue/queue.page').then((m) => m.QueuePage) },
  {
    path: 'new',
    title: 'New escalation · Ladder',
    canActivate: [roleGuard('agent', 'manager', 'admin')],
    loadComponent: () => import('./create/create-escalation.page').then((m) => m.CreateEscalationPage),
  },
  {
    path: ':id',
    title: 'Escalation · Ladder',
    loadComponent: () => import('./detail/escalation.page').then((m) => m.EscalationPage),
  },
];

/** Public: a stakeholder's token link, outside the signed-in shell. */
export const STATUS_ROUTES: Routes = [
  {
    path: ':token',
    title: 'Escalation status · Ladder',
    loadComponent: () => import('./status/stakeholder-status.page').then((m) => m.StakeholderStatusPage),
  },
];
