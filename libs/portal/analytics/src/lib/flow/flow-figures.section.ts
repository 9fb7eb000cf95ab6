import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { FlowReport } from '@ladder/contracts';
import { ReportCardComponent } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { flowFiguresTable } from './flow-figures.mapper';

/** Escalations, resolved, first-level resolution, MTTA and MTTR; beside the comparison period's, with the change. */
@Component({
  selector: 'ladder-flow-figures-section',
  imports: [ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Headline figures"
      [subtitle]="subtitle()"
      [status]="status()"
      [table]="table()"
      fileName="flow-headline-figures"
      emptyText="No escalations were opened in this period with these filters."
      [tableOnly]="true"
    />
  `,
})
export class FlowFiguresSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<FlowReport> | null>();
  readonly comparison = input<FlowReport | null>(null);

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.escalations === 0));
  protected readonly subtitle = computed(() => {
    const report = this.load()?.report;
    if (!report) return '';
    const comparison = this.comparison();
    const compared = comparison ? `, compared with ${comparison.from} to ${comparison.to}` : '';
    return (
      `Escalations opened from ${report.from} to ${report.to}${compared}. First-level resolution: the share of ` +
      'the resolved that never left the first level; MTTA and MTTR are means.'
    );
  });
  protected readonly table = computed(() => {
    const report = this.load()?.report;
    return report
      ? this.context.drillableTable(flowFiguresTable(report, this.comparison(), this.context.drillLink))
      : null;
  });
}
