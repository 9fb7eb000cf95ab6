import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { TimeAtLevelReport } from '@ladder/contracts';
import { ChartComponent, ReportCardComponent, type ChartPick } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { horizontalChartHeight, withoutLinks } from './report-parts';
import { measureText, stayBoxOptions, stayDrill, stayTable, toStayBoxes } from './time-at-level.mapper';
import { GROUP_NAMES, type StayMeasure } from './time-at-level.settings';

/** Box plots of how long stays took per level x group; a box opens the stays behind it. */
@Component({
  selector: 'ladder-time-at-level-boxes-section',
  imports: [ReportCardComponent, ChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      [heading]="heading()"
      [subtitle]="subtitle()"
      [status]="status()"
      [table]="table()"
      [fileName]="fileName()"
      emptyText="No stay left a level in this period with these filters"
    >
      @if (boxes(); as boxes) {
        <ladder-chart
          type="boxplot"
          [data]="boxes.data"
          [options]="options()"
          [label]="label()"
          [legend]="boxes.periods.length > 1"
          [style.--ladder-chart-height.px]="height()"
          (pick)="open($event)"
        />
      }
    </ladder-report-card>
  `,
})
export class TimeAtLevelBoxesSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<TimeAtLevelReport> | null>();
  /** The same report over the compared period, drawn as a lighter box beside each. */
  readonly comparison = input<TimeAtLevelReport | null>(null);
  readonly measure = input<StayMeasure>({ clock: 'wallClock', part: 'total' });
  /** False for readers who may not open the drill-down: no links, no clicks. */
  readonly drillable = input(true);

  private readonly report = computed(() => this.load()?.report ?? null);
  protected readonly status = computed(() => cardStatus(this.load(), (report) => report.rows.length === 0));
  protected readonly boxes = computed(() => {
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
  protected readonly label = computed(() => {
    const boxes = this.boxes();
    const periods = boxes?.periods.map((p) => p.label).join(' beside ') ?? '';
    return (
      `Horizontal box plots of time at level (${measureText(this.measure()).toLowerCase()}) in ` +
      `${boxes?.unit ?? 'minutes'}, one row per level and ${this.groupName()}, ${periods}: boxes from p25 to p75 ` +
      `with the median, whiskers from p10 to p90. The figures are in the table view.`
    );
  });
  protected readonly options = computed(() => {
    const boxes = this.boxes();
    return boxes ? stayBoxOptions(boxes, this.context.animate) : {};
  });
  protected readonly height = computed(() => {
    const boxes = this.boxes();
    return horizontalChartHeight(boxes?.groups.length ?? 0, (boxes?.periods.length ?? 1) > 1 ? 64 : 44);
  });
  protected readonly table = computed(() => {
    const boxes = this.boxes();
    const report = this.report();
    if (!boxes || !report) return null;
    const table = stayTable(boxes, report.groupBy, this.measure(), (target, range) =>
      this.context.drillLink(target, range),
    );
    return this.drillable() ? table : withoutLinks(table);
  });
  protected readonly fileName = computed(() => {
    const report = this.report();
    return `time-at-level-${report?.groupBy ?? 'team'}-${report?.from ?? ''}-${report?.to ?? ''}`;
  });

  protected open(pick: ChartPick): void {
    const boxes = this.boxes();
    const report = this.report();
    if (!boxes || !report || !this.drillable()) return;
    const drill = stayDrill(boxes, report.groupBy, pick);
    if (drill) this.context.openDrill(drill.target, drill.range);
  }
}
