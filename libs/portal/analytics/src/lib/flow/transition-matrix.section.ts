import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { FlowReport } from '@ladder/contracts';
import { ReportCardComponent } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { transitionMatrixTable } from './transition-matrix.mapper';

/** Every move between two levels as a matrix, with the median time before it and the comparison's counts. */
@Component({
  selector: 'ladder-transition-matrix-section',
  imports: [ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Transition matrix"
      [subtitle]="subtitle()"
      [status]="status()"
      [table]="table()"
      fileName="flow-transition-matrix"
      emptyText="No escalation moved between levels in this period."
      [tableOnly]="true"
    />
  `,
})
export class TransitionMatrixSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<FlowReport> | null>();
  readonly comparison = input<FlowReport | null>(null);

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.transitions.length === 0));
  protected readonly subtitle = computed(
    () =>
      'Moves from each level (rows) to each other level, up and down, with the median time at the level before the ' +
      `move (pauses excluded)${this.comparison() ? ", and the comparison period's moves" : ''}. Counts open the escalations.`,
  );
  protected readonly table = computed(() => {
    const report = this.load()?.report;
    return report
      ? this.context.drillableTable(transitionMatrixTable(report, this.comparison(), this.context.drillLink))
      : null;
  });
}
