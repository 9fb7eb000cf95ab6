import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessionStore } from '@ladder/portal/core';
import { PageHeaderComponent } from '@ladder/portal/ui';
import { FilterBarComponent } from '../filters/filter-bar.component';
import { ProcedureVersionsStore } from '../shared/procedure-versions.store';
import { ReportContext } from '../shared/report-context';
import { reportPagesFor } from './report-pages';

/** Every report under one header: tabs that keep the filters, the shared filter bar, the report below. */
@Component({
  selector: 'ladder-reports-layout',
  imports: [
    MatButtonModule,
    MatTabsModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    FilterBarComponent,
    PageHeaderComponent,
  ],
  providers: [ReportContext],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-page-header
      heading="Reports"
      subtitle="Where the escalation process loses time, and whether it is improving"
    >
      @if (canReadAll()) {
        <a mat-stroked-button routerLink="/reports/review-pack" [queryParams]="context.apiParams()">Review pack</a>
      }
    </ladder-page-header>
    <nav mat-tab-nav-bar [tabPanel]="panel" disablePagination aria-label="Reports">
      @for (page of pages(); track page.path) {
        <a
          mat-tab-link
          [routerLink]="page.path"
          queryParamsHandling="preserve"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
          >{{ page.label }}</a
        >
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <ladder-filter-bar class="filters" [versions]="versions.options()" />
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    .filters {
      display: block;
      margin: 16px 0;
    }
  `,
})
export class ReportsLayout {
  protected readonly context = inject(ReportContext);
  protected readonly versions = inject(ProcedureVersionsStore);
  private readonly session = inject(SessionStore);
  protected readonly pages = computed(() => reportPagesFor(this.session.role()));
  protected readonly canReadAll = computed(() => this.pages().length > 1);
}
