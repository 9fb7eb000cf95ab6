import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BreachKind, SlaBreachesReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartPick, type ChartView } from '@ladder/portal/ui/charts';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { BREACH_KIND_LABELS } from './breach-kinds';
import {
  breachesChartData,
  breachesChartLabel,
  breachesChartOptions,
  breachesOverTime,
  breachesPick,
  breachesTable,
} from './sla-breaches.mapper';

/** Breaches of one kind per bucket, stacked by severity, with the breach rate (and the comparison's) as lines. */
@Component({
  selector: 'ladder-breaches-over-time-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      [heading]="heading()"
      [subtitle]="subtitle()"
      type="bar"
      [status]="status()"
      [view]="view()"
      fileName="sla-breaches-over-time"
      emptyText="No escalations were opened in this period with these filters."
      (pick)="open($event)"
    />
  `,
})
export class BreachesOverTimeSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<SlaBreachesReport> | null>();
  readonly comparison = input<SlaBreachesReport | null>(null);
  readonly kind = input<BreachKind>('resolution');

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.series.length === 0));
  private readonly model = computed(() => {
    const report = this.load()?.report;
    return report ? breachesOverTime(report, this.comparison(), this.kind()) : null;
  });
  protected readonly heading = computed(() => `${BREACH_KIND_LABELS[this.kind()]} breaches over time, by severity`);
  protected readonly subtitle = computed(() => {
    const model = this.model();
    if (!model) return '';
    const size = model.size;
    const comparison = model.comparison ? ` Dashed: the comparison period's rate, ${size} for ${size} in order.` : '';
    return (
      `Escalations opened in each ${size} that breached the target; the line is their share of that ${size}'s ` +
      `escalations (right axis). Click a bar for the escalations behind it.${comparison}`
    );
  });
  protected readonly view = computed((): ChartView | null => {
    const model = this.model();
    if (!model) return null;
    return {
      data: breachesChartData(model),
      options: breachesChartOptions(model, this.context.animate),
      label: breachesChartLabel(model),
      table: this.context.drillableTable(breachesTable(model, this.context.drillLink)),
    };
  });

  protected open(pick: ChartPick): void {
    const model = this.model();
    this.context.openDrill(model && breachesPick(model, pick));
  }
}
