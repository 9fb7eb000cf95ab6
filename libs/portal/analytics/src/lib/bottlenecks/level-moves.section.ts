import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BottlenecksReport } from '@ladder/contracts';
import { ReferenceStore } from '@ladder/portal/core';
import { ChartComponent, ReportCardComponent, type ChartPick } from '@ladder/portal/ui';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { horizontalChartHeight } from '../time-at-level/report-parts';
import { horizontalBarOptions } from './horizontal-bars';
import { levelMoveDrill, levelMoveTable, MOVE_TEXT, toLevelMoveBars, type MoveKind } from './level-moves.mapper';

const HEADINGS: Readonly<Record<MoveKind, string>> = {
  'ping-pong': 'Ping-pong between levels',
  'skipped-levels': 'Skipped levels',
};

const EMPTY: Readonly<Record<MoveKind, string>> = {
  'ping-pong': 'No escalation was sent back and escalated again in this period',
  'skipped-levels': 'No move skipped a level in this period',
};

/** Ping-pong pairs or skipped-level moves, counted per pair of levels; a bar opens the escalations behind it. */
@Component({
  selector: 'ladder-level-moves-section',
  imports: [ReportCardComponent, ChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      [heading]="heading()"
      [subtitle]="subtitle()"
      [status]="status()"
      [table]="table()"
      [fileName]="fileName()"
      [emptyText]="emptyText()"
    >
      @if (bars(); as bars) {
        <ladder-chart
          type="bar"
          [data]="bars.data"
          [options]="options()"
          [label]="label()"
          [style.--ladder-chart-height.px]="height()"
          (pick)="open($event)"
        />
      }
    </ladder-report-card>
  `,
})
export class LevelMovesSection {
  private readonly context = inject(ReportContext);
  private readonly reference = inject(ReferenceStore);

  readonly kind = input.required<MoveKind>();
  readonly load = input.required<ReportLoad<BottlenecksReport> | null>();
  /** The report over the compared period, drawn as a second bar per pair. */
  readonly comparison = input<BottlenecksReport | null>(null);

  private readonly report = computed(() => this.load()?.report ?? null);
  private readonly levelName = (level: number) => {
    const found = this.reference.level(level);
    return found ? `L${level} ${found.name}` : `L${level}`;
  };

  protected readonly heading = computed(() => HEADINGS[this.kind()]);
  protected readonly emptyText = computed(() => EMPTY[this.kind()]);
  protected readonly status = computed(() =>
    cardStatus(this.load(), (report) =>
      this.kind() === 'ping-pong' ? report.pingPong.pairs.length === 0 : report.skippedLevels.length === 0,
    ),
  );
  protected readonly subtitle = computed(() => {
    if (this.kind() === 'skipped-levels')
      return 'Moves up past at least one level (L1 to L3, say), per pair of levels.';
    const escalations = this.report()?.pingPong.escalations ?? 0;
    return (
      `${escalations} ${escalations === 1 ? 'escalation' : 'escalations'} sent back to a lower level and escalated ` +
      `again from there; one may count under several pairs.`
    );
  });
  protected readonly bars = computed(() => {
    const report = this.report();
    return report ? toLevelMoveBars(this.kind(), report, this.comparison(), this.levelName) : null;
  });
  protected readonly label = computed(() => {
    const periods = this.bars()?.periods.map((p) => p.label) ?? [];
    return (
      `Horizontal bar chart of ${MOVE_TEXT[this.kind()].what.toLowerCase()} per pair of levels, ` +
      `${periods.join(' beside ')}. The figures are in the table view.`
    );
  });
  protected readonly options = computed(() => {
    const bars = this.bars();
    return bars ? horizontalBarOptions(bars, MOVE_TEXT[this.kind()].counted, this.context.animate, true) : {};
  });
  protected readonly height = computed(() => {
    const bars = this.bars();
    return horizontalChartHeight(bars?.moves.length ?? 0, 16 + 14 * (bars?.periods.length ?? 1));
  });
  protected readonly table = computed(() => {
    const bars = this.bars();
    return bars ? levelMoveTable(bars, this.levelName, (target, range) => this.context.drillLink(target, range)) : null;
  });
  protected readonly fileName = computed(() => {
    const report = this.report();
    return `${this.kind()}-${report?.from ?? ''}-${report?.to ?? ''}`;
  });

  constructor() {
    void this.reference.ensureLoaded();
  }

  protected open(pick: ChartPick): void {
    const bars = this.bars();
    const drill = bars && levelMoveDrill(bars, pick);
    if (drill) this.context.openDrill(drill.target, drill.range);
  }
}
