import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { LoadReport } from '@ladder/contracts';
import { ChartComponent, ReportCardComponent, type ChartPick } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import {
  dailyData,
  dailyOptions,
  dailyTable,
  dayRange,
  hasDailyArrivals,
  pairDays,
  periodName,
} from './arrivals-per-day.mapper';

/** Escalations opened per day, beside the comparison period's when there is one; a click lists that day's. */
@Component({
  selector: 'ladder-arrivals-per-day-section',
  imports: [ChartComponent, ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Arrivals per day"
      [subtitle]="view()?.subtitle ?? ''"
      [status]="status()"
      [table]="view()?.table ?? null"
      [fileName]="view()?.fileName ?? 'arrivals-per-day'"
      emptyText="No escalation was opened in this period with these filters."
    >
      @if (view(); as view) {
        <ladder-chart
          type="bar"
          [data]="view.data"
          [options]="view.options"
          [label]="view.label"
          (pick)="open($event)"
        />
      }
    </ladder-report-card>
  `,
  styles: `
    ladder-chart {
      --ladder-chart-height: 220px;
    }
  `,
})
export class ArrivalsPerDaySection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<LoadReport> | null>();
  /** The comparison period's report, when a comparison is asked for. */
  readonly comparison = input<LoadReport | null>(null);

  protected readonly status = computed(() =>
    cardStatus(this.load(), (report) => {
      const other = this.comparison();
      return !hasDailyArrivals(report) && !(other && hasDailyArrivals(other));
    }),
  );
  protected readonly view = computed(() => {
    const report = this.load()?.report;
    if (!report) return null;
    const comparison = this.comparison();
    const against = comparison ? `, against ${periodName(comparison)}` : '';
    return {
      subtitle: `Escalations opened per day (UTC days), ${periodName(report)}${against}`,
      fileName: `arrivals-per-day-${report.from}-${report.to}`,
      data: dailyData(report, comparison),
      options: dailyOptions(report, comparison, this.context.animate),
      label: `Bar chart of escalations opened per day from ${report.from} to ${report.to}${against}. The figures are in the table view.`,
      table: dailyTable(report, comparison, (range) => this.context.drillLink({ basis: 'opened' }, range)),
      pairs: pairDays(report, comparison),
    };
  });

  protected open(pick: ChartPick): void {
    const pair = this.view()?.pairs[pick.index];
    const day = pick.datasetIndex === 0 ? pair?.current : pair?.comparison;
    if (day) this.context.openDrill({ basis: 'opened' }, dayRange(day.date));
  }
}
