import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { SurvivalReport } from '@ladder/contracts';
import { ChartComponent, ReportCardComponent, type ChartPick } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import {
  curvesTable,
  curveTarget,
  survivalCurves,
  survivalData,
  survivalLabel,
  survivalOptions,
} from './survival.mapper';

/** Kaplan-Meier curves per severity, the comparison period's dashed; a click lists that severity's escalations. */
@Component({
  selector: 'ladder-survival-curves-section',
  imports: [ChartComponent, ReportCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      heading="Still unresolved, by time since opening"
      [subtitle]="view()?.subtitle ?? ''"
      [status]="status()"
      [table]="view()?.table ?? null"
      [fileName]="view()?.fileName ?? 'time-to-resolution-curves'"
      emptyText="No escalation was opened in this period with these filters."
    >
      @if (view(); as view) {
        <ladder-chart
          type="line"
          [data]="view.data"
          [options]="view.options"
          [label]="view.label"
          (pick)="open($event)"
        />
      }
    </ladder-report-card>
  `,
})
export class SurvivalCurvesSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<SurvivalReport> | null>();
  /** The comparison period's report, when a comparison is asked for: its curves are drawn dashed. */
  readonly comparison = input<SurvivalReport | null>(null);

  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.series.length === 0));
  protected readonly view = computed(() => {
    const report = this.load()?.report;
    if (!report) return null;
    const comparison = this.comparison();
    const curves = survivalCurves(report, comparison);
    const against = comparison ? `; dashed: ${comparison.from} to ${comparison.to}` : '';
    return {
      curves,
      subtitle: `Share of escalations opened ${report.from} to ${report.to} not yet resolved${against}`,
      fileName: `time-to-resolution-curves-${report.from}-${report.to}`,
      data: survivalData(curves),
      options: survivalOptions(curves, this.context.animate),
      label: survivalLabel(report, comparison),
      table: curvesTable(report, curves, (curve) => this.context.drillLink(curveTarget(curve), curve.period)),
    };
  });

  protected open(pick: ChartPick): void {
    const curve = this.view()?.curves[pick.datasetIndex];
    if (curve) this.context.openDrill(curveTarget(curve), curve.period);
  }
}
