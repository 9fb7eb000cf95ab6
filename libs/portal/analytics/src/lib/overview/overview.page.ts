import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AnalyticsApi } from '../shared/analytics.api';
import { ReportContext } from '../shared/report-context';
import { loadReport } from '../shared/report-load';
import { OverviewTilesSection } from './overview-tiles.section';

/** The headline figures of the period against the previous one (or a year earlier), each leading to its report. */
@Component({
  selector: 'ladder-overview-page',
  imports: [OverviewTilesSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ladder-overview-tiles-section [load]="load()" [yearEarlier]="yearEarlier()" />`,
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
}
