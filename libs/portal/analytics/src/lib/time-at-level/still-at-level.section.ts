import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { TimeAtLevelReport } from '@ladder/contracts';
import { ReportCardComponent } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { stillAtLevelTable } from './still-at-level.mapper';

/** The stays not finished yet, oldest first: counted and aged, never averaged into the boxes. */
@Component({
  selector: 'ladder-still-at-level-section',
  imports: [ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Still at a level"
      subtitle="Escalations at a level now, oldest first. Their stays are not over, so they are not in the boxes."
      [status]="status()"
      [table]="table()"
      [fileName]="fileName()"
      emptyText="Nothing is waiting at any level"
      [tableOnly]="true"
    />
  `,
})
export class StillAtLevelSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<TimeAtLevelReport> | null>();

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.stillAtLevel.length === 0));
  protected readonly table = computed(() => {
    const report = this.load()?.report;
    return report ? this.context.drillableTable(stillAtLevelTable(report, this.context.drillLink)) : null;
  });
  protected readonly fileName = computed(() => `still-at-level-${this.load()?.report?.to ?? ''}`);
}
