import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { SurveyReport } from '@ladder/contracts';
import { ChartCardComponent, type ChartView } from '@ladder/portal/ui/charts';
import { horizontalChartHeight } from '../shared/horizontal-bars';
import { ReportContext } from '../shared/report-context';
import { cardStatus, type ReportLoad } from '../shared/report-load';
import { NO_RESPONSES_HINT, NO_RESPONSES_TEXT } from './survey-figures';
import {
  driverChart,
  driverChartLabel,
  driverChartOptions,
  driverRows,
  driverTable,
  type DriverRow,
} from './survey-drivers.mapper';

/** Which parts of the process go with lower or higher satisfaction, each with its uncertainty, in plain words. */
@Component({
  selector: 'ladder-survey-drivers-section',
  imports: [ChartCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-chart-card
      heading="What moves satisfaction"
      subtitle="Mean overall satisfaction (1 to 5) of the escalations with each factor minus that of those without it: a dot left of zero scores lower. The bar is the 95 % confidence interval; one that crosses zero may be no difference at all."
      type="bar"
      [status]="status()"
      [view]="view()"
      [fileName]="fileName()"
      [emptyText]="emptyText"
      [emptyHint]="emptyHint"
    >
      <ul class="findings">
        @for (row of rows(); track row.subject) {
          <li [class]="row.reading">{{ row.sentence }}.</li>
        }
      </ul>
    </ladder-chart-card>
  `,
  styles: `
    .findings {
      margin: 12px 0 0;
      padding-left: 20px;
    }
    li + li {
      margin-top: 4px;
    }
    .too-few {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SurveyDriversSection {
  private readonly context = inject(ReportContext);

  readonly load = input.required<ReportLoad<SurveyReport> | null>();
  /** The time-at-level threshold the report was asked with, in hours. */
  readonly hoursAtLevel = input.required<number>();

  protected readonly emptyText = NO_RESPONSES_TEXT;
  protected readonly emptyHint = NO_RESPONSES_HINT;
  protected readonly status = computed(() =>
    cardStatus(this.load(), (r) => r.csat.responses === 0 || r.drivers.length === 0),
  );
  protected readonly rows = computed((): DriverRow[] => {
    const report = this.load()?.report;
    return report ? driverRows(report.drivers, this.hoursAtLevel()) : [];
  });
  protected readonly view = computed((): ChartView | null => {
    const rows = this.rows();
    if (rows.length === 0) return null;
    const chart = driverChart(rows);
    return {
      data: chart.data,
      options: driverChartOptions(chart, this.context.animate),
      label: driverChartLabel(rows),
      table: driverTable(rows),
      height: horizontalChartHeight(rows.length, 40),
    };
  });
  protected readonly fileName = computed(
    () => `satisfaction-drivers-${this.context.filters().from}-${this.context.filters().to}`,
  );
}
