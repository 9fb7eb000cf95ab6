import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { BREACH_BUCKETS, BREACH_KINDS } from '@ladder/contracts';
import { AnalyticsApi } from '../shared/analytics.api';
import { ReportContext } from '../shared/report-context';
import { loadReport } from '../shared/report-load';
import { BREACH_KIND_LABELS } from './breach-kinds';
import { BREACH_TIME_MEASURES } from './breach-time.mapper';
import { BreachTimeSection } from './breach-time.section';
import { BreachTotalsSection } from './breach-totals.section';
import { BreachesOverTimeSection } from './breaches-over-time.section';

/** SLA breaches: which targets are missed, when, at what severity, and where the breached escalations waited. */
@Component({
  selector: 'ladder-sla-breaches-page',
  imports: [MatButtonToggleModule, BreachesOverTimeSection, BreachTotalsSection, BreachTimeSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sla-breaches.page.html',
  styleUrl: './sla-breaches.page.scss',
})
export class SlaBreachesPage {
  private readonly context = inject(ReportContext);
  private readonly api = inject(AnalyticsApi);

  protected readonly kinds = BREACH_KINDS;
  protected readonly kindLabels = BREACH_KIND_LABELS;
  protected readonly buckets = [
    { value: 'day', label: 'Day' },
    { value: 'week', label: 'Week' },
    { value: 'month', label: 'Month' },
  ] as const;
  protected readonly measures = [
    { value: 'hours', label: 'Hours' },
    { value: 'escalations', label: 'Escalations' },
  ] as const;

  protected readonly kind = computed(() => this.context.setting('kind', BREACH_KINDS, 'resolution'));
  protected readonly bucket = computed(() => this.context.setting('bucket', BREACH_BUCKETS, 'week'));
  protected readonly measure = computed(() => this.context.setting('timeBy', BREACH_TIME_MEASURES, 'hours'));

  protected readonly load = loadReport(
    () => ({ ...this.context.apiParams(), bucket: this.bucket() }),
    (params) => this.api.report('sla-breaches', params),
  );
  private readonly comparisonLoad = loadReport(
    () => {
      const params = this.context.comparisonParams();
      return params && { ...params, bucket: this.bucket() };
    },
    (params) => this.api.report('sla-breaches', params),
  );
  protected readonly comparison = computed(() => this.comparisonLoad()?.report ?? null);

  protected choose(setting: 'kind' | 'bucket' | 'timeBy', value: string): void {
    this.context.update({ [setting]: value });
  }
}
