import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { SurveyReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartView } from '@ladder/portal/ui/charts';
import { horizontalChartHeight } from '../shared/horizontal-bars';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { csatBars, csatBarsLabel, csatBarsOptions, csatTable } from './csat-by-group.mapper';
import { NO_RESPONSES_HINT, NO_RESPONSES_TEXT } from './survey-figures';
import { SURVEY_GROUP_BY_LABELS } from './survey-settings';

/** CSAT per team, level reached, severity ... as the page's grouping asks. */
@Component({
  selector: 'ladder-csat-by-group-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      [heading]="heading()"
      subtitle="Share of responses rating overall satisfaction 4 or 5, with the number of responses (n) behind each bar."
      type="bar"
      [status]="status()"
      [view]="view()"
      [fileName]="fileName()"
      [emptyText]="emptyText"
      [emptyHint]="emptyHint"
    >
      <p class="key"><span class="swatch" aria-hidden="true"></span>Faded: {{ tooFewText() }}</p>
    </ladder-chart-card>
  `,
  styles: `
    .key {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .swatch {
      width: 16px;
      height: 12px;
      border: 1px solid #1f5fa8;
      background: rgba(31, 95, 168, 0.25);
    }
  `,
})
export class CsatByGroupSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<SurveyReport> | null>();

  protected readonly emptyText = NO_RESPONSES_TEXT;
  protected readonly emptyHint = NO_RESPONSES_HINT;
  private readonly report = computed(() => this.load()?.report ?? null);
  protected readonly status = computed(() => cardStatus(this.load(), (r) => r.csat.responses === 0));
  protected readonly heading = computed(() => {
    const report = this.report();
    return report ? `CSAT by ${SURVEY_GROUP_BY_LABELS[report.groupBy].toLowerCase()}` : 'CSAT';
  });
  protected readonly tooFewText = computed(
    () => `fewer than ${this.report()?.minResponses ?? 0} responses, too few to read as a finding`,
  );
  protected readonly view = computed((): ChartView | null => {
    const report = this.report();
    if (!report) return null;
    const bars = csatBars(report);
    return {
      data: bars.data,
      options: csatBarsOptions(bars, this.context.animate),
      label: csatBarsLabel(report),
      table: csatTable(report),
      height: horizontalChartHeight(bars.groups.length, 36),
    };
  });
  protected readonly fileName = computed(() => {
    const report = this.report();
    return `csat-by-${report?.groupBy ?? 'group'}-${this.context.filters().from}-${this.context.filters().to}`;
  });
}
