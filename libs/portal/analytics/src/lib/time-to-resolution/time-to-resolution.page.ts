import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AnalyticsApi } from '../shared/analytics.api';
import { ReportContext } from '../shared/report-context';
import { loadReport } from '../shared/report-load';
import { ResolutionTimesSection } from './resolution-times.section';
import { SurvivalCurvesSection } from './survival-curves.section';

/** How long escalations take to resolve, per severity, with open ones counted as censored. */
@Component({
  selector: 'ladder-time-to-resolution-page',
  imports: [ResolutionTimesSection, SurvivalCurvesSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="grid">
      <ladder-survival-curves-section [load]="load()" [comparison]="comparison()" />
      <ladder-resolution-times-section [load]="load()" [comparison]="comparison()" />
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
  private readonly api = inject(AnalyticsApi);
  private readonly context = inject(ReportContext);

  protected readonly load = loadReport(
    () => this.context.apiParams(),
    (params) => this.api.report('survival', params),
  );
  private readonly comparisonLoad = loadReport(
    () => this.context.comparisonParams(),
    (params) => this.api.report('survival', params),
  );
  protected readonly comparison = computed(() => this.comparisonLoad()?.report ?? null);
}
