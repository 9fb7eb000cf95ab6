import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { TimeAtLevelReport } from '@ladder/contracts';
import { ReportCardComponent } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { stillAtLevelTable } from './still-at-level.mapper';
import { withoutLinks } from './report-parts';

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
  /** False for readers who may not open the drill-down: no links. */
  readonly drillable = input(true);

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.stillAtLevel.length === 0));
  protected readonly table = computed(() => {
    const report = this.load()?.report;
    if (!report) return null;
    const table = stillAtLevelTable(report, (target) => this.context.drillLink(target));
    return this.drillable() ? table : withoutLinks(table);
  });
  protected readonly fileName = computed(() => `still-at-level-${this.load()?.report?.to ?? ''}`);
}
