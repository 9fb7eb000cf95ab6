import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BottlenecksReport } from '@ladder/contracts';
import { ReferenceStore } from '@ladder/portal/core';
import { ChartCardComponent, type ChartPick, type ChartView } from '@ladder/portal/ui/charts';
import { counted } from '../shared/figures';
import { horizontalBarOptions, horizontalChartHeight } from '../shared/horizontal-bars';
import { levelNamesFrom } from '../shared/labels';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
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
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      [heading]="heading()"
      [subtitle]="subtitle()"
      type="bar"
      [status]="status()"
      [view]="view()"
      [fileName]="fileName()"
      [emptyText]="emptyText()"
      (pick)="open($event)"
    />
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
  private readonly levelName = levelNamesFrom(this.reference);

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
      `${counted(escalations, 'escalation')} sent back to a lower level and escalated ` +
      `again from there; one may count under several pairs.`
    );
  });
  private readonly bars = computed(() => {
    const report = this.report();
    return report ? toLevelMoveBars(this.kind(), report, this.comparison(), this.levelName) : null;
  });
  protected readonly view = computed((): ChartView | null => {
    const bars = this.bars();
    if (!bars) return null;
    const text = MOVE_TEXT[bars.kind];
    return {
      data: bars.data,
      options: horizontalBarOptions(bars, text.counted, this.context.animate, true),
      label:
        `Horizontal bar chart of ${text.what.toLowerCase()} per pair of levels, ` +
        `${bars.periods.map((p) => p.label).join(' beside ')}. The figures are in the table view.`,
      table: this.context.drillableTable(levelMoveTable(bars, this.levelName, this.context.drillLink)),
      height: horizontalChartHeight(bars.moves.length, 16 + 14 * bars.periods.length),
    };
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
    this.context.openDrill(bars && levelMoveDrill(bars, pick));
  }
}
