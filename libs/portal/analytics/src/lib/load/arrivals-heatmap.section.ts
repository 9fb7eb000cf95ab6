import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { LoadReport } from '@ladder/contracts';
import { ChartComponent, ReportCardComponent, type ChartPick } from '@ladder/portal/ui';
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
  imports: [ChartComponent, ReportCardComponent, HeatScaleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      [heading]="heading()"
      [subtitle]="view()?.subtitle ?? ''"
      [status]="status()"
      [table]="view()?.table ?? null"
      [fileName]="view()?.fileName ?? 'arrivals-by-hour'"
      emptyText="No escalation was opened in this period with these filters."
    >
      @if (view(); as view) {
        <ladder-chart
          type="matrix"
          [data]="view.data"
          [options]="view.options"
          [label]="view.label"
          [legend]="false"
          (pick)="open($event)"
        />
        <ladder-heat-scale [max]="view.max" [timeZone]="view.timeZone" />
      }
    </ladder-report-card>
  `,
  styles: `
    ladder-chart {
      --ladder-chart-height: 300px;
    }
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
    const range = this.range() ?? undefined;
    return {
      report,
      max,
      timeZone: report.timeZone,
      subtitle: `Escalations opened ${report.from} to ${report.to}, hours in ${report.timeZone}`,
      fileName: `arrivals-by-hour-${report.from}-${report.to}`,
      data: heatmapData(report, max),
      options: heatmapOptions(report, this.context.animate),
      label: heatmapLabel(report),
      table: heatmapTable(report, (target) => this.context.drillLink(target, range)),
    };
  });

  protected open(pick: ChartPick): void {
    const report = this.view()?.report;
    const cell = report?.byHourOfWeek[pick.index];
    if (report && cell) this.context.openDrill(hourTarget(cell, report.timeZone), this.range() ?? undefined);
  }
}
