import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { SlaBreachesReport } from '@ladder/contracts';
import { ReportCardComponent } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { breachTotalsSubtitle, breachTotalsTable } from './breach-totals.mapper';

/** How many escalations breached each kind of target, with the comparison period's figures beside them. */
@Component({
  selector: 'ladder-breach-totals-section',
  imports: [ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Breaches by kind of target"
      [subtitle]="subtitle()"
      [status]="status()"
      [table]="table()"
      fileName="sla-breaches-by-kind"
      emptyText="No escalations were opened in this period with these filters."
      [tableOnly]="true"
    />
  `,
})
export class BreachTotalsSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<SlaBreachesReport> | null>();
  readonly comparison = input<SlaBreachesReport | null>(null);

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.totals.escalations === 0));
  protected readonly subtitle = computed(() => {
    const report = this.load()?.report;
    return report ? breachTotalsSubtitle(report, this.comparison()) : '';
  });
  protected readonly table = computed(() => {
    const report = this.load()?.report;
    return report
      ? this.context.drillableTable(breachTotalsTable(report, this.comparison(), this.context.drillLink))
      : null;
  });
}
