import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { FlowReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartPick, type ChartView } from '@ladder/portal/ui/charts';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { levelMoves, movesTable, sankeyData, sankeyLabel, sankeyOptions, sankeyPick } from './flow.mapper';

/** The moves up the ladder as a sankey; the moves back down, which would make loops, are another section's. */
@Component({
  selector: 'ladder-flow-sankey-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      heading="How escalations moved up the ladder"
      subtitle="Each flow is as wide as its moves between two levels. A flow diagram cannot draw a move back down (it would make a loop), so those are listed under “Moves back down”. Click a flow for the escalations behind it."
      type="sankey"
      [status]="status()"
      [view]="view()"
      fileName="flow-moves-up"
      emptyText="No escalation moved up a level in this period."
      (pick)="open($event)"
    />
  `,
})
export class FlowSankeySection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<FlowReport> | null>();

  private readonly up = computed(() => {
    const report = this.load()?.report;
    return report ? levelMoves(report).up : [];
  });
  protected readonly status = computed(() => cardStatus(this.load(), () => this.up().length === 0));
  protected readonly view = computed((): ChartView | null => {
    const report = this.load()?.report;
    const up = this.up();
    if (!report || up.length === 0) return null;
    return {
      data: sankeyData(up),
      options: sankeyOptions(up, this.context.animate),
      label: sankeyLabel(report, up),
      table: this.context.drillableTable(movesTable('Moves up the ladder between levels', up, this.context.drillLink)),
      legend: false,
    };
  });

  protected open(pick: ChartPick): void {
    this.context.openDrill(sankeyPick(this.up(), pick));
  }
}
