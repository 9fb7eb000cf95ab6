import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { FlowReport } from '@ladder/contracts';
import { ReportCardComponent } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { levelMoves, movesTable } from './flow.mapper';

/** Escalations sent back down the ladder: the moves the sankey cannot draw. */
@Component({
  selector: 'ladder-moves-down-section',
  imports: [ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Moves back down"
      subtitle="Escalations sent back to a lower level, with the time they had spent at the higher one."
      [status]="status()"
      [table]="table()"
      fileName="flow-moves-down"
      emptyText="No escalation was sent back down a level in this period."
      emptyHint="Every move went up the ladder."
      [tableOnly]="true"
    />
  `,
})
export class MovesDownSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<FlowReport> | null>();

  private readonly down = computed(() => {
    const report = this.load()?.report;
    return report ? levelMoves(report).down : [];
  });
  protected readonly status = computed(() => cardStatus(this.load(), () => this.down().length === 0));
  protected readonly table = computed(() =>
    this.context.drillableTable(movesTable('Moves back down the ladder', this.down(), this.context.drillLink)),
  );
}
