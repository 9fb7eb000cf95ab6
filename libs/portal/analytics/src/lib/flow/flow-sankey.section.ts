import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { FlowReport } from '@ladder/contracts';
import { ChartComponent, ReportCardComponent, type ChartPick } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { levelMoves, movesTable, sankeyData, sankeyLabel, sankeyOptions, sankeyPick } from './flow.mapper';
import type { ChartView, DrillLinker } from './report-figures';

/** The moves up the ladder as a sankey; the moves back down, which would make loops, are another section's. */
@Component({
  selector: 'ladder-flow-sankey-section',
  imports: [ChartComponent, ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="How escalations moved up the ladder"
      subtitle="Each flow is as wide as its moves between two levels. A flow diagram cannot draw a move back down (it would make a loop), so those are listed under “Moves back down”. Click a flow for the escalations behind it."
      [status]="status()"
      [table]="view()?.table ?? null"
      fileName="flow-moves-up"
      emptyText="No escalation moved up a level in this period."
    >
      @if (view(); as chart) {
        <ladder-chart
          type="sankey"
          [data]="chart.data"
          [options]="chart.options"
          [label]="chart.label"
          [legend]="false"
          (pick)="open($event)"
        />
      }
    </ladder-report-card>
  `,
})
export class FlowSankeySection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<FlowReport> | null>();

  private readonly link: DrillLinker = (drill) => this.context.drillLink(drill.target, drill.range);

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
      table: movesTable('Moves up the ladder between levels', up, this.link),
    };
  });

  protected open(pick: ChartPick): void {
    const drill = sankeyPick(this.up(), pick);
    if (drill) this.context.openDrill(drill.target, drill.range);
  }
}
