import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BottlenecksReport } from '@ladder/contracts';
import { ReportCardComponent } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { stuckTable } from './stuck.mapper';

/** Escalations at a level now for longer than most stays there take. */
@Component({
  selector: 'ladder-stuck-section',
  imports: [ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Stuck escalations"
      subtitle="At a level now for longer than the p90 of the stays that left that level in the period (wall clock, pauses excluded), longest first."
      [status]="status()"
      [table]="table()"
      [fileName]="fileName()"
      emptyText="No escalation is stuck past its level’s p90"
      [tableOnly]="true"
    />
  `,
})
export class StuckSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<BottlenecksReport> | null>();

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.stuck.length === 0));
  protected readonly table = computed(() => {
    const report = this.load()?.report;
    return report ? this.context.drillableTable(stuckTable(report, this.context.drillLink)) : null;
  });
  protected readonly fileName = computed(() => `stuck-escalations-${this.load()?.report?.to ?? ''}`);
}
