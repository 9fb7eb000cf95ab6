import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BreachKind, SlaBreachesReport } from '@ladder/contracts';
import { ChartComponent, ReportCardComponent, type ChartPick } from '@ladder/portal/ui';
import type { ChartView, DrillLinker } from '../flow/report-figures';
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
  imports: [ChartComponent, ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      [heading]="heading()"
      [subtitle]="subtitle()"
      [status]="status()"
      [table]="view()?.table ?? null"
      fileName="sla-breaches-over-time"
      emptyText="No escalations were opened in this period with these filters."
    >
      @if (view(); as chart) {
        <ladder-chart
          type="bar"
          [data]="chart.data"
          [options]="chart.options"
          [label]="chart.label"
          (pick)="open($event)"
        />
      }
    </ladder-report-card>
  `,
})
export class BreachesOverTimeSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<SlaBreachesReport> | null>();
  readonly comparison = input<SlaBreachesReport | null>(null);
  readonly kind = input<BreachKind>('resolution');

  private readonly link: DrillLinker = (drill) => this.context.drillLink(drill.target, drill.range);

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.series.length === 0));
  protected readonly model = computed(() => {
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
      table: breachesTable(model, this.link),
    };
  });

  protected open(pick: ChartPick): void {
    const model = this.model();
    const drill = model && breachesPick(model, pick);
    if (drill) this.context.openDrill(drill.target, drill.range);
  }
}
