import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** Switches between the survey's questions and how it is sent. */
@Component({
  selector: 'ladder-survey-admin-tabs',
  imports: [MatTabsModule, RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav mat-tab-nav-bar [tabPanel]="panel" aria-label="Survey administration">
      @for (tab of tabs; track tab.path) {
        <a mat-tab-link [routerLink]="tab.path" routerLinkActive #rla="routerLinkActive" [active]="rla.isActive">{{
          tab.label
        }}</a>
      }
    </nav>
    <mat-tab-nav-panel #panel><ng-content /></mat-tab-nav-panel>
  `,
  styles: `
    nav {
      margin-bottom: 16px;
    }
  `,
})
export class SurveyAdminTabsComponent {
  protected readonly tabs = [
    { path: '/surveys/template', label: 'Questions' },
    { path: '/surveys/settings', label: 'Sending' },
  ];
}
