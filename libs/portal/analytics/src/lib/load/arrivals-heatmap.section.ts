import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { LoadReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartPick } from '@ladder/portal/ui/charts';
import type { DateRange } from '../filters/report-filters';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import {
  busiestHour,
  hasArrivals,
  heatmapData,
  heatmapLabel,
  heatmapOptions,
  heatmapTable,
  hourTarget,
} from './arrivals-heatmap.mapper';
import { HeatScaleComponent } from './heat-scale.component';

/** Arrivals by hour of the week as a heatmap; a click on an hour lists the escalations opened in it. */
@Component({
  selector: 'ladder-arrivals-heatmap-section',
  imports: [ChartCardComponent, HeatScaleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      [heading]="heading()"
      [subtitle]="view()?.subtitle ?? ''"
      type="matrix"
      [status]="status()"
      [view]="view()"
      [fileName]="view()?.fileName ?? 'arrivals-by-hour'"
      emptyText="No escalation was opened in this period with these filters."
      (pick)="open($event)"
    >
      @if (view(); as view) {
        <ladder-heat-scale [max]="view.max" [timeZone]="view.timeZone" />
      }
    </ladder-chart-card>
  `,
})
export class ArrivalsHeatmapSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<LoadReport> | null>();
  /** The period shown when it is not the filters' own (a comparison period): clicks list escalations of that one. */
  readonly range = input<DateRange | null>(null);
  /** The count of the darkest shade; heatmaps side by side share one. Default: this report's busiest hour. */
  readonly scaleMax = input<number | null>(null);
  readonly heading = input('Arrivals by hour of week');

  protected readonly status = computed(() => cardStatus(this.load(), (report) => !hasArrivals(report)));
  protected readonly view = computed(() => {
    const report = this.load()?.report;
    if (!report) return null;
    const max = this.scaleMax() ?? busiestHour([report]);
    return {
      report,
      max,
      timeZone: report.timeZone,
      subtitle: `Escalations opened ${report.from} to ${report.to}, hours in ${report.timeZone}`,
      fileName: `arrivals-by-hour-${report.from}-${report.to}`,
      data: heatmapData(report, max),
      options: heatmapOptions(report, this.context.animate),
      label: heatmapLabel(report),
      table: this.context.drillableTable(heatmapTable(report, this.context.drillLink, this.range() ?? undefined)),
      legend: false,
      height: 300,
    };
  });

  protected open(pick: ChartPick): void {
    const report = this.view()?.report;
    const cell = report?.byHourOfWeek[pick.index];
    if (report && cell) {
      this.context.openDrill({ target: hourTarget(cell, report.timeZone), range: this.range() ?? undefined });
    }
  }
}
