import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BottlenecksReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartPick, type ChartView } from '@ladder/portal/ui/charts';
import { horizontalBarOptions, horizontalChartHeight } from '../shared/horizontal-bars';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { overBudgetDrill, overBudgetTable, toOverBudgetBars } from './bottlenecks.mapper';

/** The ranking of (level, team) pairs by hours over budget, against the previous period; a bar opens its stays. */
@Component({
  selector: 'ladder-over-budget-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      heading="Hours over budget per level and team"
      [subtitle]="subtitle()"
      type="bar"
      [status]="status()"
      [view]="view()"
      [fileName]="fileName()"
      emptyText="No stay left a level in this period with these filters"
      (pick)="open($event)"
    />
  `,
})
export class OverBudgetSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<BottlenecksReport> | null>();
  /** The report over the compared period: its hours are a third bar when it is not the previous period. */
  readonly comparison = input<BottlenecksReport | null>(null);

  private readonly report = computed(() => this.load()?.report ?? null);
  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.ranking.length === 0));
  private readonly bars = computed(() => {
    const report = this.report();
    return report ? toOverBudgetBars(report, this.comparison()) : null;
  });
  protected readonly subtitle = computed(() => {
    const report = this.report();
    const previous = report ? ` against ${report.previousFrom} to ${report.previousTo}` : '';
    return (
      `Counted time past each level’s budget (on the SLA calendar, pauses excluded), summed over the stays, ` +
      `the pairs with most first${previous}.`
    );
  });
  protected readonly view = computed((): ChartView | null => {
    const bars = this.bars();
    if (!bars) return null;
    return {
      data: bars.data,
      options: horizontalBarOptions(bars, 'Hours over budget', this.context.animate),
      label:
        `Horizontal bar chart of hours over budget per level and team, most first, ` +
        `${bars.periods.map((p) => p.label).join(' beside ')}. The figures and the change are in the table view.`,
      table: this.context.drillableTable(overBudgetTable(bars, this.context.drillLink)),
      height: horizontalChartHeight(bars.ranking.length, 16 + 14 * bars.periods.length),
    };
  });
  protected readonly fileName = computed(() => {
    const report = this.report();
    return `hours-over-budget-${report?.from ?? ''}-${report?.to ?? ''}`;
  });

  protected open(pick: ChartPick): void {
    const bars = this.bars();
    this.context.openDrill(bars && overBudgetDrill(bars, pick));
  }
}
