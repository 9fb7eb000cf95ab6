import type { Route } from '@angular/router';
import { authGuard, roleGuard, sessionRole, signedOutGuard } from '@ladder/portal/core';
import { homeFor } from './shell/navigation';
import { ShellComponent } from './shell/shell.component';

export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    title: 'Sign in · Ladder',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./sign-in/sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: 'status',
    loadChildren: () => import('@ladder/portal/escalations').then((m) => m.STATUS_ROUTES),
  },
  {
    path: 'survey',
    loadChildren: () => import('@ladder/portal/surveys').then((m) => m.PUBLIC_SURVEY_ROUTES),
  },
  {
    path: '',
    // In the first bundle: every signed-in page needs it, and loading it lazily made one more round trip.
    component: ShellComponent,
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        redirectTo: async () => {
          const role = await sessionRole();
          return role ? homeFor(role) : '/sign-in';
        },
      },
      {
        path: 'escalations',
        loadChildren: () => import('@ladder/portal/escalations').then((m) => m.ESCALATION_ROUTES),
      },
      {
        path: 'reports',
        loadChildren: () => import('@ladder/portal/analytics').then((m) => m.REPORT_ROUTES),
      },
      // The reports' address before they grew past one page; bookmarks keep working.
      { path: 'dashboard', redirectTo: 'reports/time-at-level' },
      {
        path: 'procedure',
        loadChildren: () => import('@ladder/portal/procedures').then((m) => m.PROCEDURE_ROUTES),
      },
      {
        path: 'reviews',
        canActivate: [roleGuard('manager', 'process_owner', 'admin')],
        loadChildren: () => import('@ladder/portal/reviews').then((m) => m.REVIEW_ROUTES),
      },
      {
        path: 'surveys',
        loadChildren: () => import('@ladder/portal/surveys').then((m) => m.SURVEY_ROUTES),
      },
      {
        path: 'admin',
        loadChildren: () => import('@ladder/portal/admin').then((m) => m.ADMIN_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
