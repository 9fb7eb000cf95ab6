import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { SlaBreachesReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartPick, type ChartView } from '@ladder/portal/ui/charts';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import {
  breachTime,
  breachTimeChartData,
  breachTimeChartLabel,
  breachTimeChartOptions,
  breachTimePick,
  breachTimeTable,
  type BreachTimeMeasure,
} from './breach-time.mapper';

/** Where escalations that missed their resolution target spent their time: the level that took most of it. */
@Component({
  selector: 'ladder-breach-time-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      heading="Where breached escalations spent their time"
      subtitle="Escalations that breached their resolution target, by the level that took most of their time (SLA calendar, pauses excluded). Click a bar for those escalations."
      type="bar"
      [status]="status()"
      [view]="view()"
      fileName="sla-breaches-time-by-level"
      emptyText="No escalation breached its resolution target in this period."
      (pick)="open($event)"
    />
  `,
})
export class BreachTimeSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<SlaBreachesReport> | null>();
  readonly comparison = input<SlaBreachesReport | null>(null);
  /** What the bars measure: the hours spent at the level, or the escalations. */
  readonly measure = input<BreachTimeMeasure>('hours');

  protected readonly status = computed(() =>
    cardStatus(this.load(), (report) => report.whereBreachedTimeWent.length === 0),
  );
  private readonly model = computed(() => {
    const report = this.load()?.report;
    return report ? breachTime(report, this.comparison()) : null;
  });
  protected readonly view = computed((): ChartView | null => {
    const model = this.model();
    if (!model) return null;
    return {
      data: breachTimeChartData(model, this.measure()),
      options: breachTimeChartOptions(model, this.measure(), this.context.animate),
      label: breachTimeChartLabel(model, this.measure()),
      table: this.context.drillableTable(breachTimeTable(model, this.context.drillLink)),
    };
  });

  protected open(pick: ChartPick): void {
    const model = this.model();
    this.context.openDrill(model && breachTimePick(model, pick));
  }
}
