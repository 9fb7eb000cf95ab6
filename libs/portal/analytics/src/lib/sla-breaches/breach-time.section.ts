import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { SlaBreachesReport } from '@ladder/contracts';
import { ChartComponent, ReportCardComponent, type ChartPick } from '@ladder/portal/ui';
import type { ChartView, DrillLinker } from '../flow/report-figures';
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
  imports: [ChartComponent, ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Where breached escalations spent their time"
      subtitle="Escalations that breached their resolution target, by the level that took most of their time (SLA calendar, pauses excluded). Click a bar for those escalations."
      [status]="status()"
      [table]="view()?.table ?? null"
      fileName="sla-breaches-time-by-level"
      emptyText="No escalation breached its resolution target in this period."
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
export class BreachTimeSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<SlaBreachesReport> | null>();
  readonly comparison = input<SlaBreachesReport | null>(null);
  /** What the bars measure: the hours spent at the level, or the escalations. */
  readonly measure = input<BreachTimeMeasure>('hours');

  private readonly link: DrillLinker = (drill) => this.context.drillLink(drill.target, drill.range);

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
      table: breachTimeTable(model, this.link),
    };
  });

  protected open(pick: ChartPick): void {
    const model = this.model();
    const drill = model && breachTimePick(model, pick);
    if (drill) this.context.openDrill(drill.target, drill.range);
  }
}
