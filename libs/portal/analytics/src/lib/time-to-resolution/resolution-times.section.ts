import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { SurvivalReport } from '@ladder/contracts';
import { ReportCardComponent } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { resolutionTimesTable, survivalCurves } from './survival.mapper';

/** Median and p90 time to resolution per severity, with the counts behind them and what "censored" means. */
@Component({
  selector: 'ladder-resolution-times-section',
  imports: [ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Median and p90 time to resolution"
      subtitle="Read off the curves, per severity"
      [status]="status()"
      [table]="table()"
      [fileName]="fileName()"
      [tableOnly]="true"
      emptyText="No escalation was opened in this period with these filters."
    />
    @if (status() === 'ready') {
      <p class="note">
        Escalations still open are <strong>censored</strong>: each counts as unresolved for as long as it has been open,
        then leaves the curve without counting as resolved, so open work neither shortens nor stretches the times. A
        median or p90 shows “–” when too many are still open to tell.
      </p>
    }
  `,
  styles: `
    .note {
      margin: 8px 4px 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ResolutionTimesSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<SurvivalReport> | null>();
  /** The comparison period's report, when a comparison is asked for: its rows follow the period's. */
  readonly comparison = input<SurvivalReport | null>(null);

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.series.length === 0));
  protected readonly fileName = computed(() => {
    const report = this.load()?.report;
    return report ? `time-to-resolution-${report.from}-${report.to}` : 'time-to-resolution';
  });
  protected readonly table = computed(() => {
    const report = this.load()?.report;
    if (!report) return null;
    const curves = survivalCurves(report, this.comparison());
    return this.context.drillableTable(resolutionTimesTable(report, curves, this.context.drillLink));
  });
}
