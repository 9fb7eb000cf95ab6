import { ChangeDetectionStrategy, Component } from '@angular/core';
import { loadPageReports } from '../shared/page-reports';
import { ResolutionTimesSection } from './resolution-times.section';
import { SurvivalCurvesSection } from './survival-curves.section';

/** How long escalations take to resolve, per severity, with open ones counted as censored. */
@Component({
  selector: 'ladder-time-to-resolution-page',
  imports: [ResolutionTimesSection, SurvivalCurvesSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="grid">
      <ladder-survival-curves-section [load]="survival.load()" [comparison]="survival.comparison()" />
      <ladder-resolution-times-section [load]="survival.load()" [comparison]="survival.comparison()" />
    </div>
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 16px;
    }
  `,
})
export class TimeToResolutionPage {
  protected readonly survival = loadPageReports('survival');
}
