import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { TimeAtLevelReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartPick, type ChartView } from '@ladder/portal/ui/charts';
import { horizontalChartHeight } from '../shared/horizontal-bars';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { measureText, stayBoxOptions, stayDrill, stayTable, toStayBoxes } from './time-at-level.mapper';
import { GROUP_NAMES, type StayMeasure } from './time-at-level.settings';

/** Box plots of how long stays took per level x group; a box opens the stays behind it. */
@Component({
  selector: 'ladder-time-at-level-boxes-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      [heading]="heading()"
      [subtitle]="subtitle()"
      type="boxplot"
      [status]="status()"
      [view]="view()"
      [fileName]="fileName()"
      emptyText="No stay left a level in this period with these filters"
      (pick)="open($event)"
    />
  `,
})
export class TimeAtLevelBoxesSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<TimeAtLevelReport> | null>();
  /** The same report over the compared period, drawn as a lighter box beside each. */
  readonly comparison = input<TimeAtLevelReport | null>(null);
  readonly measure = input<StayMeasure>({ clock: 'wallClock', part: 'total' });

  private readonly report = computed(() => this.load()?.report ?? null);
  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.rows.length === 0));
  private readonly boxes = computed(() => {
    const report = this.report();
    return report ? toStayBoxes(report, this.comparison(), this.measure()) : null;
  });
  private readonly groupName = computed(() => GROUP_NAMES[this.report()?.groupBy ?? 'team'].toLowerCase());

  protected readonly heading = computed(() => `Time at level per level and ${this.groupName()}`);
  protected readonly subtitle = computed(() => {
    const boxes = this.boxes();
    const approximate = this.report()?.percentiles === 'histogram' ? ' Percentiles read off daily histograms.' : '';
    return (
      `${measureText(this.measure())}, in ${boxes?.unit ?? 'minutes'}: box from p25 to p75 with the median (p50), ` +
      `whiskers from p10 to p90, dot at the mean.${approximate}`
    );
  });
  protected readonly view = computed((): ChartView | null => {
    const boxes = this.boxes();
    const report = this.report();
    if (!boxes || !report) return null;
    const periods = boxes.periods.map((p) => p.label).join(' beside ');
    const compared = boxes.periods.length > 1;
    return {
      data: boxes.data,
      options: stayBoxOptions(boxes, this.context.animate),
      label:
        `Horizontal box plots of time at level (${measureText(this.measure()).toLowerCase()}) in ` +
        `${boxes.unit}, one row per level and ${this.groupName()}, ${periods}: boxes from p25 to p75 ` +
        `with the median, whiskers from p10 to p90. The figures are in the table view.`,
      table: this.context.drillableTable(stayTable(boxes, report.groupBy, this.measure(), this.context.drillLink)),
      legend: compared,
      height: horizontalChartHeight(boxes.groups.length, compared ? 64 : 44),
    };
  });
  protected readonly fileName = computed(() => {
    const report = this.report();
    return `time-at-level-${report?.groupBy ?? 'team'}-${report?.from ?? ''}-${report?.to ?? ''}`;
  });

  protected open(pick: ChartPick): void {
    const boxes = this.boxes();
    const report = this.report();
    this.context.openDrill(boxes && report && stayDrill(boxes, report.groupBy, pick));
  }
}
