import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AnalyticsApi } from '../shared/analytics.api';
import { ReportContext } from '../shared/report-context';
import { loadReport } from '../shared/report-load';
import { OverviewTilesSection } from './overview-tiles.section';
import { TriageAcceptanceSection } from './triage-acceptance.section';

/**
 * The headline figures of the period against the previous one (or a year earlier), each leading to its report; then
 * how often agents take the triage model's suggestions.
 */
@Component({
  selector: 'ladder-overview-page',
  imports: [OverviewTilesSection, TriageAcceptanceSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-overview-tiles-section [load]="load()" [yearEarlier]="yearEarlier()" />
    <ladder-triage-acceptance-section [load]="triageAcceptance()" />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 24px;
    }
  `,
})
export class OverviewPage {
  private readonly api = inject(AnalyticsApi);
  private readonly context = inject(ReportContext);

  /** Always against the period just before: the API answers both. */
  protected readonly load = loadReport(
    () => this.context.apiParams(),
    (params) => this.api.report('overview', params),
  );
  /**
   * Asked for only when the comparison is "a year earlier": the same overview over that period, whose `current`
   * figures then replace `previous` (see comparedPeriods).
   */
  protected readonly yearEarlier = loadReport(
    () => (this.context.comparison() === 'year' ? this.context.comparisonParams() : null),
    (params) => this.api.report('overview', params),
  );
  /** Asked once: it does not follow the filters. */
  protected readonly triageAcceptance = loadReport(
    () => ({}),
    (params) => this.api.report('triage-acceptance', params),
  );
}
