import type { Routes } from '@angular/router';
import { roleGuard } from '@ladder/portal/core';
import { provideLadderCharts } from '@ladder/portal/ui/charts';
import { unsavedChangesGuard } from './editor/unsaved-changes.guard';

/** Everyone signed in reads the procedure (agents acknowledge it); pages that change it check roles themselves. */
export const PROCEDURE_ROUTES: Routes = [
  {
    path: '',
    title: 'Procedure · Ladder',
    loadComponent: () => import('./versions/procedure-versions.page').then((m) => m.ProcedureVersionsPage),
  },
  {
    path: 'impact',
    title: 'Did it help · Ladder',
    canActivate: [roleGuard('manager', 'process_owner', 'admin')],
    providers: [provideLadderCharts()],
    loadComponent: () => import('./impact/procedure-impact.page').then((m) => m.ProcedureImpactPage),
  },
  {
    path: 'services',
    title: 'Critical services · Ladder',
    loadComponent: () => import('./registers/service-register.page').then((m) => m.ServiceRegisterPage),
  },
  {
    path: 'risks',
    title: 'Risks · Ladder',
    loadComponent: () => import('./registers/risk-register.page').then((m) => m.RiskRegisterPage),
  },
  {
    path: ':id',
    title: 'Procedure version · Ladder',
    loadComponent: () => import('./detail/procedure-detail.page').then((m) => m.ProcedureDetailPage),
  },
  {
    path: ':id/edit',
    title: 'Edit draft · Ladder',
    canActivate: [roleGuard('process_owner', 'admin')],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./editor/procedure-editor.page').then((m) => m.ProcedureEditorPage),
  },
  {
    path: ':id/diff/:otherId',
    title: 'Compare versions · Ladder',
    loadComponent: () => import('./diff/procedure-diff.page').then((m) => m.ProcedureDiffPage),
  },
  {
    path: ':id/replay',
    title: 'What-if replay · Ladder',
    canActivate: [roleGuard('manager', 'process_owner', 'admin')],
    providers: [provideLadderCharts()],
    loadComponent: () => import('./replay/procedure-replay.page').then((m) => m.ProcedureReplayPage),
  },
  {
    path: ':id/acknowledgements',
    title: 'Acknowledgements · Ladder',
    canActivate: [roleGuard('manager', 'process_owner', 'admin')],
    loadComponent: () =>
      import('./acknowledgements/procedure-acknowledgements.page').then((m) => m.ProcedureAcknowledgementsPage),
  },
];
