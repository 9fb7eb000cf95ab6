import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { FlowReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartPick, type ChartView } from '@ladder/portal/ui/charts';
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

/** How far up the ladder escalations went: how many had a stay at each level. */
@Component({
  selector: 'ladder-levels-reached-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      heading="Levels reached"
      subtitle="Escalations opened in the period that spent time at each level. Click a bar for those escalations."
      type="bar"
      [status]="status()"
      [view]="view()"
      fileName="flow-levels-reached"
      emptyText="No escalations were opened in this period with these filters."
      (pick)="open($event)"
    />
  `,
})
export class LevelsReachedSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<FlowReport> | null>();
  readonly comparison = input<FlowReport | null>(null);

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
      table: this.context.drillableTable(levelsReachedTable(model.levels, this.context.drillLink)),
    };
  });

  protected open(pick: ChartPick): void {
    const model = this.model();
    this.context.openDrill(model && levelsReachedPick(model.levels, pick));
  }
}
