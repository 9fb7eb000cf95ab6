import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { FlowReport } from '@ladder/contracts';
import { ChartComponent, ReportCardComponent, type ChartPick } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import {
  levelsReached,
  levelsReachedChartData,
  levelsReachedChartOptions,
  levelsReachedLabel,
  levelsReachedPick,
  levelsReachedTable,
} from './levels-reached.mapper';
import type { ChartView, DrillLinker } from './report-figures';

/** How far up the ladder escalations went: how many had a stay at each level. */
@Component({
  selector: 'ladder-levels-reached-section',
  imports: [ChartComponent, ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Levels reached"
      subtitle="Escalations opened in the period that spent time at each level. Click a bar for those escalations."
      [status]="status()"
      [table]="view()?.table ?? null"
      fileName="flow-levels-reached"
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
export class LevelsReachedSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<FlowReport> | null>();
  readonly comparison = input<FlowReport | null>(null);

  private readonly link: DrillLinker = (drill) => this.context.drillLink(drill.target, drill.range);

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.levels.length === 0));
  private readonly model = computed(() => {
    const report = this.load()?.report;
    return report ? { report, levels: levelsReached(report, this.comparison()) } : null;
  });
  protected readonly view = computed((): ChartView | null => {
    const model = this.model();
    if (!model) return null;
    return {
      data: levelsReachedChartData(model.levels),
      options: levelsReachedChartOptions(model.levels, this.context.animate),
      label: levelsReachedLabel(model.report, model.levels),
      table: levelsReachedTable(model.levels, this.link),
    };
  });

  protected open(pick: ChartPick): void {
    const model = this.model();
    const drill = model && levelsReachedPick(model.levels, pick);
    if (drill) this.context.openDrill(drill.target, drill.range);
  }
}
