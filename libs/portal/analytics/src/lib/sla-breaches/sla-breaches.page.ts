import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { BREACH_BUCKETS, BREACH_KINDS } from '@ladder/contracts/values';
import { asOptions } from '../filters/filter-options';
import { loadPageReports } from '../shared/page-reports';
import { ReportContext } from '../shared/report-context';
import { bucketFrom, slaBreachesSettings } from '../shared/report-page-requests';
import { ReportGridComponent } from '../shared/report-grid.component';
import { ReportSettingComponent } from '../shared/report-setting.component';
import { BREACH_KIND_LABELS } from './breach-kinds';
import { BREACH_TIME_MEASURES } from './breach-time.mapper';
import { BreachTimeSection } from './breach-time.section';
import { BreachTotalsSection } from './breach-totals.section';
import { BreachesOverTimeSection } from './breaches-over-time.section';

/** SLA breaches: which targets are missed, when, at what severity, and where the breached escalations waited. */
@Component({
  selector: 'ladder-sla-breaches-page',
  imports: [
    ReportSettingComponent,
    ReportGridComponent,
    BreachesOverTimeSection,
    BreachTotalsSection,
    BreachTimeSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sla-breaches.page.html',
  styleUrl: './sla-breaches.page.scss',
})
export class SlaBreachesPage {
  private readonly context = inject(ReportContext);

  protected readonly kinds = asOptions(BREACH_KINDS, BREACH_KIND_LABELS);
  protected readonly buckets = asOptions(BREACH_BUCKETS, { day: 'Day', week: 'Week', month: 'Month' });
  protected readonly measures = asOptions(BREACH_TIME_MEASURES, { hours: 'Hours', escalations: 'Escalations' });

  protected readonly kind = computed(() => this.context.setting('kind', BREACH_KINDS, 'resolution'));
  protected readonly bucket = computed(() => bucketFrom(this.context.params()));
  protected readonly measure = computed(() => this.context.setting('timeBy', BREACH_TIME_MEASURES, 'hours'));

  protected readonly breaches = loadPageReports('sla-breaches', () => slaBreachesSettings(this.context.params()));

  protected choose(setting: 'kind' | 'bucket' | 'timeBy', value: string): void {
    this.context.update({ [setting]: value });
  }
}
