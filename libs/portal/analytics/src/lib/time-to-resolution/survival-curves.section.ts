import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { SurvivalReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartPick } from '@ladder/portal/ui/charts';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import {
  curveDrill,
  curvesTable,
  survivalCurves,
  survivalData,
  survivalLabel,
  survivalOptions,
} from './survival.mapper';

/** Kaplan-Meier curves per severity, the comparison period's dashed; a click lists that severity's escalations. */
@Component({
  selector: 'ladder-survival-curves-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      heading="Still unresolved, by time since opening"
      [subtitle]="view()?.subtitle ?? ''"
      type="line"
      [status]="status()"
      [view]="view()"
      [fileName]="view()?.fileName ?? 'time-to-resolution-curves'"
      emptyText="No escalation was opened in this period with these filters."
      [tableInDocument]="false"
      (pick)="open($event)"
    />
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
      table: this.context.drillableTable(curvesTable(report, curves, this.context.drillLink)),
    };
  });

  protected open(pick: ChartPick): void {
    const curve = this.view()?.curves[pick.datasetIndex];
    if (curve) this.context.openDrill(curveDrill(curve));
  }
}
