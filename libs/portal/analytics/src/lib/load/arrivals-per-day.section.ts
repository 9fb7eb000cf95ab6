import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { LoadReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartPick } from '@ladder/portal/ui/charts';
import { rangeText } from '../shared/periods';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { dailyData, dailyOptions, dailyTable, dayDrill, hasDailyArrivals, pairDays } from './arrivals-per-day.mapper';

/** Escalations opened per day, beside the comparison period's when there is one; a click lists that day's. */
@Component({
  selector: 'ladder-arrivals-per-day-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      heading="Arrivals per day"
      [subtitle]="view()?.subtitle ?? ''"
      type="bar"
      [status]="status()"
      [view]="view()"
      [fileName]="view()?.fileName ?? 'arrivals-per-day'"
      emptyText="No escalation was opened in this period with these filters."
      (pick)="open($event)"
    />
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
    const against = comparison ? `, against ${rangeText(comparison)}` : '';
    return {
      subtitle: `Escalations opened per day (UTC days), ${rangeText(report)}${against}`,
      fileName: `arrivals-per-day-${report.from}-${report.to}`,
      data: dailyData(report, comparison),
      options: dailyOptions(report, comparison, this.context.animate),
      label: `Bar chart of escalations opened per day from ${report.from} to ${report.to}${against}. The figures are in the table view.`,
      table: this.context.drillableTable(dailyTable(report, comparison, this.context.drillLink)),
      height: 220,
      pairs: pairDays(report, comparison),
    };
  });

  protected open(pick: ChartPick): void {
    const pair = this.view()?.pairs[pick.index];
    const day = pick.datasetIndex === 0 ? pair?.current : pair?.comparison;
    if (day) this.context.openDrill(dayDrill(day.date));
  }
}
