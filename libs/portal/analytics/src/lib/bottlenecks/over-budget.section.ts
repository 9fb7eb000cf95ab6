import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BottlenecksReport } from '@ladder/contracts';
import { ChartComponent, ReportCardComponent, type ChartPick } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { horizontalChartHeight } from '../time-at-level/report-parts';
import { overBudgetDrill, overBudgetTable, toOverBudgetBars } from './bottlenecks.mapper';
import { horizontalBarOptions } from './horizontal-bars';

/** The ranking of (level, team) pairs by hours over budget, against the previous period; a bar opens its stays. */
@Component({
  selector: 'ladder-over-budget-section',
  imports: [ReportCardComponent, ChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Hours over budget per level and team"
      [subtitle]="subtitle()"
      [status]="status()"
      [table]="table()"
      [fileName]="fileName()"
      emptyText="No stay left a level in this period with these filters"
    >
      @if (bars(); as bars) {
        <ladder-chart
          type="bar"
          [data]="bars.data"
          [options]="options()"
          [label]="label()"
          [style.--ladder-chart-height.px]="height()"
          (pick)="open($event)"
        />
      }
    </ladder-report-card>
  `,
})
export class OverBudgetSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<BottlenecksReport> | null>();
  /** The report over the compared period: its hours are a third bar when it is not the previous period. */
  readonly comparison = input<BottlenecksReport | null>(null);

  private readonly report = computed(() => this.load()?.report ?? null);
  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.ranking.length === 0));
  protected readonly bars = computed(() => {
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
  protected readonly label = computed(() => {
    const periods = this.bars()?.periods.map((p) => p.label) ?? [];
    return (
      `Horizontal bar chart of hours over budget per level and team, most first, ${periods.join(' beside ')}. ` +
      `The figures and the change are in the table view.`
    );
  });
  protected readonly options = computed(() => {
    const bars = this.bars();
    return bars ? horizontalBarOptions(bars, 'Hours over budget', this.context.animate) : {};
  });
  protected readonly height = computed(() => {
    const bars = this.bars();
    return horizontalChartHeight(bars?.ranking.length ?? 0, 16 + 14 * (bars?.periods.length ?? 2));
  });
  protected readonly table = computed(() => {
    const bars = this.bars();
    return bars ? overBudgetTable(bars, (target, range) => this.context.drillLink(target, range)) : null;
  });
  protected readonly fileName = computed(() => {
    const report = this.report();
    return `hours-over-budget-${report?.from ?? ''}-${report?.to ?? ''}`;
  });

  protected open(pick: ChartPick): void {
    const bars = this.bars();
    const drill = bars && overBudgetDrill(bars, pick);
    if (drill) this.context.openDrill(drill.target, drill.range);
  }
}
